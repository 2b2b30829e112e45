// @engine sqlite: SQLite migration 0013 on a file written before it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import { call, useCores, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';

const BEFORE = Object.fromEntries(
  Object.entries(MIGRATIONS).slice(0, Object.keys(MIGRATIONS).indexOf('0013_lan_voting')),
);

describe('migration 0013_lan_voting', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('marks the ballots entered before it as paper and keeps their counts', async () => {
    const before = await openCore({ dataDir: dir(), migrations: BEFORE });
    const conference = await call(before, 'conferences.create', {
      title: 'Cũ',
      kind: 'so_ket',
      startsAt: '2025-01-01',
    });
    await seatCouncil(before, conference.id, 3, 3);
    const nominee = await call(before, 'nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
    });
    const rule = (await presetRules(before))('Từ 70% số thành viên dự họp');
    const poll = await countingPoll(before, conference.id, [nominee.id], rule, 'Bình xét cũ');
    await call(before, 'polls.addBallot', { id: poll.id, invalid: false, marks: { [nominee.id]: 'agree' } });
    await call(before, 'polls.addBallot', { id: poll.id, invalid: false, marks: {} });
    await before.close();

    const store = await openDatabase(join(dir(), DATABASE_FILE));
    try {
      expect(store.schemaVersion).toBe(Object.keys(MIGRATIONS).at(-1));
      const sqlite = rawSqlite(store);
      expect(sqlite.prepare('select marks, source from poll_ballots order by id').all()).toEqual([
        { marks: 'a', source: 'paper' },
        { marks: '-', source: 'paper' },
      ]);
      expect(sqlite.prepare('select count(*) as n from vote_slips').get()).toEqual({ n: 0 });
      expect(() => sqlite.prepare("update poll_ballots set source = 'phone'").run()).toThrow(/CHECK/);
    } finally {
      await store.close();
    }
    const after = await openCore({ dataDir: dir() });
    expect((await call(after, 'polls.get', { id: poll.id })).counts).toEqual({
      ballotsIssued: 3,
      ballotsReturned: 2,
      valid: 2,
      invalid: 0,
    });
  });
});
