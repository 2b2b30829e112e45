import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  foldedMatch,
  ftsQuery,
  ftsReadings,
  nomineeSearchMatch,
  searchPhrases,
  searchReadings,
} from '../../src/main/db/search';

interface Tables {
  t: { id: number; folded: string };
}

describe('accent-insensitive search', () => {
  const sqlite = new BetterSqlite3(':memory:');
  sqlite.exec('create table t (id integer primary key, folded text not null)');
  const texts = ['tang 50% san luong', 'tang 50 san luong', 'ma_so 7', 'ma so 7', 'dinh thi thom'];
  texts.forEach((text, i) => sqlite.prepare('insert into t (id, folded) values (?, ?)').run(i + 1, text));
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  afterAll(() => db.destroy());

  const found = async (folded: string) =>
    (
      await db
        .selectFrom('t')
        .select('folded')
        .where(foldedMatch(db, 'folded', folded))
        .orderBy('id')
        .execute()
    ).map((r) => r.folded);

  it.each([
    ['50%', ['tang 50% san luong']],
    ['ma_so', ['ma_so 7']],
    ['%', ['tang 50% san luong']],
    ['thi thom', ['dinh thi thom']],
    ['thom thi', []],
  ])('%j is found literally, as a substring', async (folded, expected) => {
    expect(await found(folded)).toEqual(expected);
  });

  it('looks short words up joined to a neighbour, as index phrases', () => {
    expect(searchPhrases(['truong', 'hieu', '1'])).toEqual(['truong', 'hieu 1']);
    expect(searchPhrases(['anh', 'ky', 'phuong'])).toEqual(['anh', 'ky phuong']);
    expect(searchPhrases(['binh', 'xa', 'ky', 'hoa'])).toEqual(['binh', 'xa ky hoa']);
    expect(searchPhrases(['cong', 'an'])).toEqual(['cong an']);
    expect(searchPhrases(['an', 'ninh', 'xa'])).toEqual(['an ninh xa']);
    expect(searchPhrases(['an'])).toEqual(['an']);
    expect(ftsQuery(['dinh', 'cong "an"'])).toBe('"dinh" AND "cong ""an"""');
  });

  it('reads a run of short words between two longer ones every way, the usual way first', () => {
    expect(searchReadings(['cong', 'an', 'ky', 'anh'])).toEqual([
      ['cong', 'an ky anh'],
      ['cong an', 'ky anh'],
      ['cong an ky', 'anh'],
    ]);
    expect(searchReadings(['anh', 'ky', 'phuong'])).toEqual([
      ['anh', 'ky phuong'],
      ['anh ky', 'phuong'],
    ]);
    // Runs at either end, or no long word at all: one reading, searchPhrases's.
    for (const words of [['bi', 'thu', 'chi', 'bo'], ['cong', 'an'], ['ky', 'hoa'], ['an', 'ky'], []]) {
      expect(searchReadings(words)).toEqual([searchPhrases(words)]);
    }
    // Too many ways (a run of three, or two runs of one): only the usual one.
    for (const many of [
      ['dang', 'bo', 'xa', 'ky', 'hoa'],
      ['aaa', 'b', 'ccc', 'd', 'eee'],
    ]) {
      expect(searchReadings(many)).toEqual([searchPhrases(many)]);
    }
    expect(
      ftsReadings([
        ['cong', 'an ky anh'],
        ['cong an', 'ky anh'],
      ]),
    ).toBe('("cong" AND "an ky anh") OR ("cong an" AND "ky anh")');
  });

  it('has no nominee condition for an empty search', () => {
    expect(nomineeSearchMatch(db, [])).toBeNull();
    expect(nomineeSearchMatch(db, ['an'])).not.toBeNull();
  });
});
