import { describe, expect, it } from 'vitest';
import { STALE_RECORD } from '../../src/main/db/revision';
import type { Delegate } from '../../src/shared/delegates';
import { call, callError, snapshotDatabase, useCores, useTempDir } from '../helpers';
import { seedDelegates } from './seed';

/** What the edit dialog sends back of a delegate it read. */
const editable = (d: Delegate) => ({
  id: d.id,
  revision: d.revision,
  honorific: d.honorific,
  fullName: d.fullName,
  title: d.title,
  unitName: d.unitName,
  groupName: d.groupName,
  seat: d.seat,
  badge: d.badge,
  notes: d.notes,
});

const picked = (...delegates: Delegate[]) => ({
  items: delegates.map((d) => ({ id: d.id, revision: d.revision })),
});

describe('delegates edited from an old copy', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('refuses a save based on a copy another window changed; on the latest copy the typed value wins', async () => {
    const core = await openCore({ dataDir: dir() });
    const { delegates } = await seedDelegates(core);
    const read = delegates[0] as Delegate;
    const other = await call(core, 'delegates.update', { ...editable(read), seat: 'A-12' });
    expect(other.revision).toBe(read.revision + 1);

    const before = await snapshotDatabase(core.context.store);
    expect(
      await callError(core, 'delegates.update', { ...editable(read), title: 'Phó Bí thư' }),
    ).toMatchObject({
      code: 'CONFLICT',
      message: STALE_RECORD,
      details: { stale: { table: 'delegates', id: read.id, revision: other.revision } },
    });
    expect(await snapshotDatabase(core.context.store)).toEqual(before);

    const saved = await call(core, 'delegates.update', { ...editable(other), title: 'Phó Bí thư' });
    expect(saved).toMatchObject({ seat: 'A-12', title: 'Phó Bí thư', revision: other.revision + 1 });
  });

  it('a check-in at the desk does not make an open edit dialog stale', async () => {
    // The check-in is not what the dialog edits; refusing every save during arrivals would only
    // teach people to reload without looking.
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    const read = delegates[1] as Delegate;
    await call(core, 'delegates.checkIn', { conferenceId: conference.id, id: read.id });
    const saved = await call(core, 'delegates.update', { ...editable(read), seat: 'B-03' });
    expect(saved.seat).toBe('B-03');
    expect(saved.checkedInAt).not.toBeNull();
  });

  it('removes a selection all or none: one changed delegate keeps every one', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, delegates } = await seedDelegates(core);
    const [a, b, c] = delegates as [Delegate, Delegate, Delegate];
    await call(core, 'delegates.update', { ...editable(b), seat: 'C-01' });

    const before = await snapshotDatabase(core.context.store);
    const refused = await callError(core, 'delegates.delete', picked(a, b, c));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: STALE_RECORD,
      details: { stale: { id: b.id } },
    });
    expect(await snapshotDatabase(core.context.store)).toEqual(before);

    const list = await call(core, 'delegates.list', { conferenceId: conference.id });
    const latest = list.items.filter((d) => [a.id, b.id, c.id].includes(d.id));
    expect(await call(core, 'delegates.delete', picked(...latest))).toEqual({ deleted: 3 });
    expect((await call(core, 'delegates.attendance', { conferenceId: conference.id })).total).toBe(1);
  });

  it('a removal undone is a new revision: a second removal from the old list is refused', async () => {
    const core = await openCore({ dataDir: dir() });
    const { delegates } = await seedDelegates(core);
    const read = delegates[2] as Delegate;
    await call(core, 'delegates.delete', picked(read));
    expect((await callError(core, 'delegates.get', { id: read.id })).code).toBe('NOT_FOUND');
    const restored = await call(core, 'delegates.restore', { id: read.id });
    expect(restored.revision).toBe(read.revision + 2);
    expect((await callError(core, 'delegates.delete', picked(read))).code).toBe('CONFLICT');
    expect((await callError(core, 'delegates.update', editable(read))).code).toBe('CONFLICT');
    expect(await call(core, 'delegates.get', { id: read.id })).toEqual(restored);
    expect(await call(core, 'delegates.delete', picked(restored))).toEqual({ deleted: 1 });
  });

  it('names a missing delegate, and refuses the same delegate twice in one selection', async () => {
    const core = await openCore({ dataDir: dir() });
    const { delegates } = await seedDelegates(core);
    const a = delegates[0] as Delegate;
    expect(
      await callError(core, 'delegates.delete', { items: [{ id: 999_999, revision: 1 }] }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('đại biểu') as unknown,
    });
    expect((await callError(core, 'delegates.delete', { items: [] })).code).toBe('VALIDATION');
    expect((await callError(core, 'delegates.delete', picked(a, a))).code).toBe('VALIDATION');
  });
});
