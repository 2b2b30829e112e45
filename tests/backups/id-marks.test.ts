// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { marksPath } from '../../src/main/db/id-marks';
import { rawSqlite } from '../../src/main/db/open';
import { REVISED_TABLES, STALE_RECORD } from '../../src/main/db/revision';
import { call, callError, conferenceInput, useCores, useTempDir } from '../helpers';
import { manualTimer } from './setup';

/** Every table whose ids SQLite hands out (AUTOINCREMENT); a new one must be added here. */
const ID_TABLES = [
  'agenda_items',
  'audit_log',
  'award_forms',
  'base_salaries',
  'certificate_prints',
  'certificate_templates',
  'conferences',
  'council_members',
  'decision_awards',
  'decisions',
  'delegates',
  'document_legal_bases',
  'document_templates',
  'nominees',
  'poll_ballots',
  'polls',
  'registers',
  'units',
  'vote_slips',
  'voting_rules',
];

const sequences = (core: Core): Record<string, number> =>
  Object.fromEntries(
    (
      rawSqlite(core.context.store).prepare('select name, seq from sqlite_sequence').all() as {
        name: string;
        seq: number;
      }[]
    ).map((row) => [row.name, row.seq]),
  );

const maxRevision = (core: Core): number =>
  Math.max(
    ...REVISED_TABLES.map(
      (table) =>
        (
          rawSqlite(core.context.store).prepare(`select max(revision) as top from ${table}`).get() as {
            top: number | null;
          }
        ).top ?? 0,
    ),
  );

describe('ids, register numbers and revisions never go back', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const open = () => openCore({ dataDir: dir(), backups: { schedule: manualTimer().schedule } });

  it('the reported case: a restore, then a new nominee, then an edit from the old window', async () => {
    const core = await open();
    const { id: conferenceId } = await call(core, 'conferences.create', conferenceInput());
    const kept = await call(core, 'nominees.create', {
      conferenceId,
      kind: 'ca_nhan',
      fullName: 'Lê Văn Có',
    });
    const backup = await call(core, 'backups.create', undefined);
    const before = await call(core, 'nominees.create', {
      conferenceId,
      kind: 'ca_nhan',
      fullName: 'Nguyễn Văn Trước',
    });
    const keptEdited = await call(core, 'nominees.update', {
      id: kept.id,
      revision: kept.revision,
      kind: 'ca_nhan',
      fullName: 'Lê Văn Có (sửa sau bản sao lưu)',
    });

    await call(core, 'backups.restore', { name: backup.name });
    const after = await call(core, 'nominees.create', {
      conferenceId,
      kind: 'ca_nhan',
      fullName: 'Trần Thị Sau',
    });
    expect(after.id).toBeGreaterThan(before.id);

    // The old window still shows "Nguyễn Văn Trước": its id is gone, not someone else's now.
    expect(
      await callError(core, 'nominees.update', {
        id: before.id,
        revision: before.revision,
        kind: 'ca_nhan',
        fullName: 'Nguyễn Văn Trước',
        notes: 'sửa từ cửa sổ cũ',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // And a record that the restore took back to an older copy is not overwritten either,
    // whichever revision the old window holds.
    for (const revision of [kept.revision, keptEdited.revision]) {
      expect(
        await callError(core, 'nominees.update', { id: kept.id, revision, kind: 'ca_nhan', fullName: 'Cũ' }),
      ).toEqual({ code: 'CONFLICT', message: STALE_RECORD, details: expect.anything() as unknown });
    }
    expect((await call(core, 'nominees.get', { id: after.id })).fullName).toBe('Trần Thị Sau');
    expect((await call(core, 'nominees.get', { id: kept.id })).fullName).toBe('Lê Văn Có');
  });

  it('every id table continues above its mark across a restore and its undo', async () => {
    const core = await open();
    await call(core, 'conferences.createSample', {});
    const backup = await call(core, 'backups.create', undefined);
    const autoincrement = (
      rawSqlite(core.context.store)
        .prepare(
          "select name from sqlite_master where type = 'table' and sql like '%autoincrement%' order by name",
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    expect(autoincrement).toEqual(ID_TABLES);

    // Ids handed out after the backup, in every table (as if rows had been added and deleted).
    const sqlite = rawSqlite(core.context.store);
    for (const [index, table] of ID_TABLES.entries()) {
      const seq = sequences(core)[table] ?? 0;
      const update = sqlite.prepare('update sqlite_sequence set seq = ? where name = ?');
      if (update.run(seq + 1000 + index, table).changes === 0) {
        sqlite
          .prepare('insert into sqlite_sequence (name, seq) values (?, ?)')
          .run(table, seq + 1000 + index);
      }
    }
    const handedOut = sequences(core);
    const revisionsBefore = maxRevision(core);

    const { undoName } = await call(core, 'backups.restore', { name: backup.name });
    for (const table of ID_TABLES) {
      expect({ table, seq: sequences(core)[table] }).toEqual({ table, seq: handedOut[table] });
    }
    expect(maxRevision(core)).toBeGreaterThan(revisionsBefore);
    const created = await call(core, 'conferences.create', conferenceInput({ title: 'Sau khôi phục' }));
    expect(created.id).toBe((handedOut.conferences ?? 0) + 1);

    const revisionsAfter = maxRevision(core);
    await call(core, 'backups.restore', { name: undoName });
    const afterUndo = sequences(core);
    for (const table of ID_TABLES) {
      expect(afterUndo[table] ?? 0).toBeGreaterThanOrEqual(handedOut[table] ?? 0);
    }
    expect(afterUndo.conferences).toBe(created.id);
    expect(maxRevision(core)).toBeGreaterThan(revisionsAfter);
    const next = await call(core, 'conferences.create', conferenceInput({ title: 'Sau hoàn tác' }));
    expect(next.id).toBe(created.id + 1);
  });

  it('a register never gives a number again after a restore', async () => {
    const core = await open();
    const register = await call(core, 'registers.create', { name: 'Sổ vàng', suffix: '/KT', nextNumber: 1 });
    const backup = await call(core, 'backups.create', undefined);
    // Numbers 1–124 given after the backup.
    rawSqlite(core.context.store)
      .prepare('update registers set next_number = 125 where id = ?')
      .run(register.id);
    await call(core, 'backups.restore', { name: backup.name });
    const [restored] = await call(core, 'registers.list', {});
    expect(restored?.nextNumber).toBe(125);
  });

  it('a file copied back by hand, with the app closed, still continues above', async () => {
    const first = await open();
    const { id: conferenceId } = await call(first, 'conferences.create', conferenceInput());
    const backup = await call(first, 'backups.create', undefined);
    const late = await call(first, 'nominees.create', {
      conferenceId,
      kind: 'ca_nhan',
      fullName: 'Nguyễn Văn Trước',
    });
    await first.close();
    copyFileSync(join(first.context.store.backupsDir, backup.name), join(dir(), DATABASE_FILE));

    const second = await open();
    const next = await call(second, 'nominees.create', {
      conferenceId,
      kind: 'ca_nhan',
      fullName: 'Trần Thị Sau',
    });
    expect(next.id).toBeGreaterThan(late.id);
  });

  it('a damaged marks file is ignored; the database’s own sequences still count', async () => {
    const first = await open();
    const { id } = await call(first, 'conferences.create', conferenceInput());
    await first.close();
    writeFileSync(marksPath(join(dir(), DATABASE_FILE)), '{"ids": {"conferences": "x"');
    const second = await open();
    const next = await call(second, 'conferences.create', conferenceInput({ title: 'Hội nghị thứ hai' }));
    expect(next.id).toBe(id + 1);
  });
});
