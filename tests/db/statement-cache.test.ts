import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachingStatements } from '../../src/main/db/statement-cache';

interface Tables {
  t: { id: Generated<number>; v: string };
}

describe('statements kept prepared', () => {
  const opened: Kysely<Tables>[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });

  function open(size?: number) {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.exec('create table t (id integer primary key, v text not null)');
    const prepare = vi.spyOn(sqlite, 'prepare');
    const db = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: cachingStatements(sqlite, size) }),
    });
    opened.push(db);
    return { db, prepare };
  }

  it('prepares a statement run in a loop once', async () => {
    const { db, prepare } = open();
    for (let i = 0; i < 50; i++)
      await db
        .insertInto('t')
        .values({ v: `row ${i}` })
        .execute();
    const rows = await db.selectFrom('t').select('v').orderBy('id').execute();
    expect(rows).toHaveLength(50);
    expect(rows[49]).toEqual({ v: 'row 49' });
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('drops the least recently used statement past its size', async () => {
    const { db, prepare } = open(2);
    const select = (n: number) => sql`select ${sql.lit(n)} as n`.execute(db);
    await select(1);
    await select(2);
    await select(1);
    await select(3); // drops 2, the least recently used
    await select(1);
    expect(prepare).toHaveBeenCalledTimes(3);
    await select(2);
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('gives a statement of its own to a query run while the same one is still being read', () => {
    const sqlite = new BetterSqlite3(':memory:');
    try {
      sqlite.exec(
        "create table t (id integer primary key, v text not null); insert into t (v) values ('a'), ('b')",
      );
      const database = cachingStatements(sqlite);
      const text = 'select v from t order by id';
      const seen: string[] = [];
      for (const row of database.prepare(text).iterate([]) as Iterable<{ v: string }>) {
        seen.push(`${row.v}:${database.prepare(text).all([]).length}`);
      }
      expect(seen).toEqual(['a:2', 'b:2']);
    } finally {
      sqlite.close();
    }
  });
});
