// @engine sqlite: migration 0009 is one of SQLite's own; PostgreSQL starts from a baseline that has its columns and triggers.
import type BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import { useTempDir } from '../helpers';

const refused = (sqlite: BetterSqlite3.Database, statement: string) => () => sqlite.prepare(statement).run();

describe('the audit log on a file written before the operator column', () => {
  const dir = useTempDir();

  it('0009 gives rows written before it no operator and their folded words, and keeps the triggers', async () => {
    const path = join(dir(), DATABASE_FILE);
    const names = Object.keys(MIGRATIONS);
    const before = Object.fromEntries(
      Object.entries(MIGRATIONS).slice(0, names.indexOf('0009_audit_operator')),
    );
    const old = await openDatabase(path, { migrations: before });
    rawSqlite(old)
      .prepare(
        "insert into audit_log (at, conference_id, entity, entity_id, action, after) values ('2021-05-19T01:00:00.000Z', null, 'nominee', 1, 'create', '{\"fullName\":\"Đinh Thị Thơm\"}')",
      )
      .run();
    await old.close();

    const store = await openDatabase(path);
    try {
      expect(rawSqlite(store).prepare('select operator, search from audit_log').all()).toEqual([
        { operator: '', search: '{"fullname":"dinh thi thom"}' },
      ]);
      expect(refused(rawSqlite(store), "update audit_log set operator = 'x'")).toThrow(/append-only/);
      expect(refused(rawSqlite(store), 'delete from audit_log')).toThrow(/append-only/);
    } finally {
      await store.close();
    }
  });
});
