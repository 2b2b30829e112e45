import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/app/create-core';
import { call, useCores, useTempDir, writtenBase64 } from '../helpers';
import { conferenceContent } from './content';
import { seedRichConference } from './seed';

/**
 * A conference carried between a laptop (SQLite, always) and the installation under test (the
 * run's engine: on the PostgreSQL run, an office server). The archive is the same SQLite file
 * whichever engine wrote it, so each must read what the other wrote.
 */
describe('archive between a laptop and the installation under test', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const laptops: Core[] = [];
  afterEach(async () => {
    await Promise.all(laptops.splice(0).map((core) => core.close()));
  });

  async function laptop(name: string): Promise<Core> {
    const core = await createCore({ dataDir: join(dir(), name), log: () => undefined });
    laptops.push(core);
    return core;
  }

  async function carry(from: Core, to: Core) {
    const { conference } = await seedRichConference(from);
    const file = await call(from, 'archive.export', { conferenceId: conference.id });
    const result = await call(to, 'archive.import', {
      fileName: file.fileName,
      contentBase64: writtenBase64(file),
    });
    const before = await conferenceContent(from, conference.id);
    const after = await conferenceContent(to, result.conferenceId);
    // The import's own traces: a note on the conference and its audit row.
    if (after.conferences?.[0]) after.conferences[0].notes = before.conferences?.[0]?.notes;
    expect(after.audit_log?.pop()).toMatchObject({ entity: 'conference', action: 'import' });
    expect(after).toEqual(before);
    return { result, to };
  }

  it('imports a laptop’s archive row for row', async () => {
    const { result, to } = await carry(
      await laptop('laptop'),
      await openCore({ dataDir: join(dir(), 'here') }),
    );
    const found = await call(to, 'nominees.list', { conferenceId: result.conferenceId, search: 'thom' });
    expect(found.rows.map((n) => n.fullName)).toEqual(['Đinh Thị Thơm']);
  });

  it('writes an archive a laptop imports row for row', async () => {
    const { result, to } = await carry(
      await openCore({ dataDir: join(dir(), 'here') }),
      await laptop('laptop'),
    );
    const found = await call(to, 'nominees.list', { conferenceId: result.conferenceId, search: 'thom' });
    expect(found.rows.map((n) => n.fullName)).toEqual(['Đinh Thị Thơm']);
  });
});
