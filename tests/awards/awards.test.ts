import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { STALE_RECORD } from '../../src/main/db/revision';
import { call, callError, useCores, useTempDir } from '../helpers';

const form = async (core: Core, id: number) => {
  const found = (await call(core, 'awards.list', { includeInactive: true })).find((f) => f.id === id);
  if (!found) throw new Error(`no award form ${id}`);
  return found;
};

describe('awards.update', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp() {
    const core = await openCore({ dataDir: dir() });
    const created = await call(core, 'awards.create', {
      name: 'Giấy khen của Chủ tịch UBND thị xã',
      category: 'hinh_thuc',
      rank: 650,
    });
    return { core, created };
  }

  it('changes a form read at its revision, and moves the revision on', async () => {
    const { core, created } = await setUp();
    const saved = await call(core, 'awards.update', { ...created, aliases: 'Giấy khen UBND' });
    expect(saved).toMatchObject({ aliases: 'Giấy khen UBND', revision: created.revision + 1 });
    expect(await form(core, created.id)).toEqual(saved);
  });

  it('refuses to retire a form from a view older than a change made in another window', async () => {
    const { core, created } = await setUp();
    const renamed = await call(core, 'awards.update', { ...created, name: 'Giấy khen của UBND thị xã' });
    const error = await callError(core, 'awards.update', { ...created, active: false });
    expect(error).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    expect(await form(core, created.id)).toEqual(renamed);

    const retired = await call(core, 'awards.update', { ...renamed, active: false });
    expect(retired).toMatchObject({ name: 'Giấy khen của UBND thị xã', active: false });
  });

  it('refuses a duplicate name without moving the revision, so the same view may correct it', async () => {
    const { core, created } = await setUp();
    const error = await callError(core, 'awards.update', { ...created, name: 'Bằng khen' });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { fields: [{ path: 'name', key: 'duplicate' }] },
    });
    expect((await form(core, created.id)).revision).toBe(created.revision);
    const saved = await call(core, 'awards.update', { ...created, name: 'Giấy khen UBND thị xã' });
    expect(saved.name).toBe('Giấy khen UBND thị xã');
  });

  it('answers NOT_FOUND for a form that does not exist', async () => {
    const { core, created } = await setUp();
    expect((await callError(core, 'awards.update', { ...created, id: 999 })).code).toBe('NOT_FOUND');
  });
});
