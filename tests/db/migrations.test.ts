// @engine sqlite: the SQLite migrations, step by step; PostgreSQL's baseline is compared with them in pg-schema.test.ts.
import type BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import { call, useCores, useTempDir } from '../helpers';

const NAMES = Object.keys(MIGRATIONS);

/** The first `count` migrations, as an older version of the app would have them. */
function upTo(count: number): typeof MIGRATIONS {
  return Object.fromEntries(Object.entries(MIGRATIONS).slice(0, count));
}

function appliedMigrations(sqlite: BetterSqlite3.Database): string[] {
  return (sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
    (r) => r.name,
  );
}

function columns(sqlite: BetterSqlite3.Database, table: string): string[] {
  return (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

describe('migrations', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const dbPath = () => join(dir(), DATABASE_FILE);

  it('are registered in name order, which is the order Kysely runs them in', () => {
    expect(NAMES).toEqual([...NAMES].sort());
    expect(NAMES.length).toBeGreaterThanOrEqual(2);
  });

  it('bring a fresh database to the last migration', async () => {
    const store = await openDatabase(dbPath());
    try {
      expect(store.schemaVersion).toBe(NAMES.at(-1));
      expect(appliedMigrations(rawSqlite(store))).toEqual(NAMES);
    } finally {
      await store.close();
    }
  });

  it('0001 creates the conferences and settings tables with their defaults and kind check', async () => {
    const store = await openDatabase(dbPath(), { migrations: upTo(1) });
    try {
      const sqlite = rawSqlite(store);
      expect(store.schemaVersion).toBe('0001_conferences_settings');
      expect(columns(sqlite, 'conferences')).not.toContain('title_folded');
      expect(columns(sqlite, 'settings')).toEqual(['key', 'value']);

      sqlite
        .prepare(
          "insert into conferences (title, kind, starts_at, created_at, updated_at) values ('Hội nghị', 'so_ket', '2021-05-19', 'x', 'x')",
        )
        .run();
      const row = sqlite
        .prepare('select campaign, organiser, place_name, venue, notes, ends_at from conferences')
        .get();
      expect(row).toEqual({
        campaign: '',
        organiser: '',
        place_name: '',
        venue: '',
        notes: '',
        ends_at: null,
      });

      const badKind = sqlite.prepare(
        "insert into conferences (title, kind, starts_at, created_at, updated_at) values ('X', 'dai_hoi', '2021-05-19', 'x', 'x')",
      );
      expect(() => badKind.run()).toThrow(/CHECK constraint/);
    } finally {
      await store.close();
    }
  });

  it('0002 backfills title_folded for conferences that existed before it, and adds the index', async () => {
    const v1 = await openDatabase(dbPath(), { migrations: upTo(1) });
    const insert = rawSqlite(v1).prepare(
      "insert into conferences (title, kind, starts_at, created_at, updated_at) values (?, 'so_ket', ?, 'x', 'x')",
    );
    const titles = [
      ['Hội nghị sơ kết 5 năm Chỉ thị 05', 'hoi nghi so ket 5 nam chi thi 05'],
      ['ĐẠI HỘI Đoàn   thanh niên', 'dai hoi doan thanh nien'],
      // Typed with combining marks (NFD), as older imports might have stored it.
      ['Hội nghị tổng kết'.normalize('NFD'), 'hoi nghi tong ket'],
      ['Plain title', 'plain title'],
    ] as const;
    titles.forEach(([title], i) => insert.run(title, `2021-05-${String(10 + i)}`));
    await v1.close();

    const v2 = await openDatabase(dbPath(), { migrations: upTo(2) });
    try {
      expect(v2.schemaVersion).toBe('0002_conference_title_search');
      const rows = rawSqlite(v2).prepare('select title, title_folded from conferences order by id').all();
      expect(rows).toEqual(titles.map(([title, folded]) => ({ title, title_folded: folded })));

      const index = rawSqlite(v2).pragma('index_info(conferences_by_start)') as { name: string }[];
      expect(index.map((c) => c.name)).toEqual(['archived_at', 'starts_at']);
    } finally {
      await v2.close();
    }

    // The backfilled column is what search reads, so old conferences are found without accents.
    const core = await openCore({ dataDir: dir() });
    const found = await call(core, 'conferences.list', { search: 'dai hoi doan' });
    expect(found.map((c) => c.title)).toEqual(['ĐẠI HỘI Đoàn   thanh niên']);
  });

  it('0002 keeps every other column of existing rows', async () => {
    const v1 = await openDatabase(dbPath(), { migrations: upTo(1) });
    rawSqlite(v1)
      .prepare(
        `insert into conferences (title, kind, campaign, organiser, place_name, venue, starts_at, ends_at, notes,
           archived_at, created_at, updated_at)
         values ('Hội nghị', 'khac', 'c', 'o', 'p', 'v', '2021-05-19T07:30', '2021-05-19T11:00', 'n', 'a', 'cr', 'up')`,
      )
      .run();
    rawSqlite(v1).prepare("insert into settings (key, value) values ('language', '\"en\"')").run();
    const before = rawSqlite(v1).prepare('select * from conferences').get();
    await v1.close();

    const v2 = await openDatabase(dbPath(), { migrations: upTo(2) });
    try {
      const after = rawSqlite(v2).prepare('select * from conferences').get();
      expect(after).toEqual({ ...(before as object), title_folded: 'hoi nghi' });
      expect(rawSqlite(v2).prepare('select * from settings').all()).toEqual([
        { key: 'language', value: '"en"' },
      ]);
    } finally {
      await v2.close();
    }
  });

  it('0003 adds the award forms catalogue with its defaults, units and searchable nominees', async () => {
    const v2 = await openDatabase(dbPath(), { migrations: upTo(2) });
    rawSqlite(v2)
      .prepare(
        "insert into conferences (title, title_folded, kind, starts_at, created_at, updated_at) values ('Hội nghị', 'hoi nghi', 'so_ket', '2021-05-19', 'x', 'x')",
      )
      .run();
    await v2.close();

    const v3 = await openDatabase(dbPath(), { migrations: upTo(3) });
    try {
      expect(v3.schemaVersion).toBe('0003_awards_units_nominees');
      const forms = rawSqlite(v3)
        .prepare('select name, name_folded, rank, active from award_forms order by rank desc')
        .all();
      expect(forms).toHaveLength(8);
      expect(forms[0]).toEqual({ name: 'Bằng khen', name_folded: 'bang khen', rank: 900, active: 1 });
      expect(
        rawSqlite(v3).prepare("select aliases from award_forms where name = 'Giấy biểu dương'").pluck().get(),
      ).toContain('Biểu dương');
      // Inserts are indexed by the writing code; updates and deletes follow through triggers.
      const insert = rawSqlite(v3).prepare(
        `insert into nominees (conference_id, kind, full_name, status, search_folded, person_key, name_sort,
           position_sort, created_at, updated_at) values (1, 'ca_nhan', ?, 'de_nghi', ?, 'k', 's', '', 'x', 'x')`,
      );
      const id = insert.run('Đinh Thị Thơm', 'dinh thi thom cong an').lastInsertRowid;
      rawSqlite(v3)
        .prepare(
          'insert into nominee_search (rowid, search_folded) select id, search_folded from nominees where id = ?',
        )
        .run(id);
      const find = (text: string) =>
        rawSqlite(v3)
          .prepare('select rowid from nominee_search where nominee_search match ?')
          .pluck()
          .all(`"${text}"`);
      expect(find('thi thom')).toEqual([Number(id)]);
      rawSqlite(v3).prepare("update nominees set search_folded = 'dinh thi yen' where id = ?").run(id);
      expect(find('thi thom')).toEqual([]);
      expect(find('thi yen')).toEqual([Number(id)]);
      rawSqlite(v3).prepare('delete from nominees where id = ?').run(id);
      expect(find('thi yen')).toEqual([]);
      expect(rawSqlite(v3).prepare('select title from conferences').pluck().all()).toEqual(['Hội nghị']);
    } finally {
      await v3.close();
    }
  });
});
