import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { amongIds, idRange, inTexts } from '../../src/main/db/portable';

interface Tables {
  t: { id: number; key: string };
}

describe('id and key lists bound as one value', () => {
  const sqlite = new BetterSqlite3(':memory:');
  sqlite.exec('create table t (id integer primary key, key text not null)');
  for (let id = 1; id <= 40; id++)
    sqlite.prepare('insert into t (id, key) values (?, ?)').run(id, `k${id % 7}`);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  afterAll(() => db.destroy());

  it('reads consecutive ids in order as a range, and nothing else as one', () => {
    expect(idRange([5, 6, 7, 8])).toEqual([5, 8]);
    expect(idRange([9])).toEqual([9, 9]);
    expect(idRange([])).toBeNull();
    expect(idRange([5, 7, 6, 8])).toBeNull(); // the same ends, out of order
    expect(idRange([5, 6, 6, 8])).toBeNull(); // the same count and ends, one repeated
    expect(idRange([5, 6, 8])).toBeNull();
  });

  it.each([[[3, 4, 5, 6]], [[3, 5, 6]], [[6, 4, 5, 3]], [[12]], [[2, 2, 3]]])(
    'selects exactly the rows of %j, and the others without them',
    async (ids) => {
      const among = await db
        .selectFrom('t')
        .select('id')
        .where(amongIds(db, 'id', ids))
        .orderBy('id')
        .execute();
      expect(among.map((r) => r.id)).toEqual([...new Set(ids)].sort((a, b) => a - b));
      const others = await db
        .selectFrom('t')
        .select('id')
        .where((eb) => eb.not(amongIds(db, 'id', ids)))
        .execute();
      expect(others).toHaveLength(40 - new Set(ids).size);
    },
  );

  it('selects the rows whose key is in a list of thousands, bound as one value', async () => {
    const keys = [...Array.from({ length: 5_000 }, (_, i) => `other ${i}`), 'k3', 'k5'];
    const rows = await db
      .selectFrom('t')
      .select('key')
      .where(inTexts(db, 'key', keys))
      .execute();
    expect(new Set(rows.map((r) => r.key))).toEqual(new Set(['k3', 'k5']));
    expect(rows).toHaveLength(12);
  });
});
