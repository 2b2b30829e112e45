import { Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator, NO_MIGRATIONS, type Migration } from 'kysely/migration';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/db/migrations';
import * as baseline from '../../src/main/db/migrations-pg/0014_baseline';
import { PG_BASELINE, PG_MIGRATIONS, unknownMigrations } from '../../src/main/db/migrations-pg';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import { useTempDir } from '../helpers';
import { startTestPostgres, type TestPostgres } from '../pg/server';
import { readPgSchema, readSqliteSchema } from './pg-schema-read';
import { schemaDifferences, type LogicalSchema } from './pg-schema-shape';

// One server for the file, a database of its own for each test.
let server: TestPostgres;
let admin: pg.Pool;
beforeAll(async () => {
  server = await startTestPostgres();
  admin = quietPool(server.url);
}, 120_000);
afterAll(async () => {
  await admin?.end();
  await server?.stop();
});

/** A pool whose idle connections may be ended by the server (a database dropped with force). */
function quietPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  return pool;
}

const created: { name: string; db: Kysely<unknown> }[] = [];
afterEach(async () => {
  for (const { name, db } of created.splice(0)) {
    await db.destroy();
    await admin.query(`drop database if exists ${name} with (force)`);
  }
});

async function freshDatabase(): Promise<Kysely<unknown>> {
  const name = `hoi_nghi_schema_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: quietPool(url.toString()) }),
  });
  created.push({ name, db });
  return db;
}

function migrator(db: Kysely<unknown>, migrations: Readonly<Record<string, Migration>> = PG_MIGRATIONS) {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve({ ...migrations }) } });
}

async function migrated(): Promise<Kysely<unknown>> {
  const db = await freshDatabase();
  const { error } = await migrator(db).migrateToLatest();
  if (error) throw error;
  return db;
}

/** The app's tables in the database (Kysely's own two left out). */
async function appTables(db: Kysely<unknown>): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`select table_name from information_schema.tables
    where table_schema = current_schema() and table_name not like 'kysely_migration%'
    order by table_name`.execute(db);
  return rows.rows.map((r) => r.table_name);
}

const TRIGRAM_INDEXES = ['delegates_search', 'nominees_search'];

describe('the PostgreSQL schema', () => {
  const dir = useTempDir();

  async function sqliteSchema(): Promise<LogicalSchema> {
    const store = await openDatabase(join(dir(), 'hoi-nghi.sqlite'));
    try {
      return readSqliteSchema(rawSqlite(store));
    } finally {
      await store.close();
    }
  }

  it('is the schema SQLite has after every migration, with the same seeded rows', async () => {
    const expected = await sqliteSchema();
    const db = await migrated();
    const actual = await readPgSchema(db);
    // Where SQLite has FTS5 tables, PostgreSQL has trigram indexes (checked below).
    actual.indexes = Object.fromEntries(
      Object.entries(actual.indexes).filter(([name]) => !TRIGRAM_INDEXES.includes(name)),
    );

    expect(schemaDifferences(expected, actual)).toEqual([]);
    // Not an empty comparison: every table, its seeds and the expression index were read.
    expect(Object.keys(actual.tables)).toHaveLength(27);
    expect(actual.tables.award_forms?.rows).toHaveLength(8);
    expect(actual.tables.voting_rules?.rows).toHaveLength(4);
    expect(actual.tables.base_salaries?.rows).toHaveLength(2);
    expect(actual.indexes.nominees_by_kind?.columns).toEqual([
      'conference_id',
      'deleted_at',
      'kind',
      'unit_id',
      '(expression)',
      '(expression)',
    ]);
  });

  it('is seen to differ when a column, a key, a check or the numbering changes', async () => {
    const db = await migrated();
    const before = await readPgSchema(db);
    await sql`alter table nominees drop column birth`.execute(db);
    await sql`alter table decisions drop constraint decisions_conference_id_fkey`.execute(db);
    await sql`alter table decisions add foreign key (conference_id) references conferences (id)`.execute(db);
    await sql`alter table conferences drop constraint conferences_kind_check`.execute(db);
    await sql`alter table conferences add check (kind in ('so_ket', 'tong_ket'))`.execute(db);
    await sql`alter table units alter column id set generated always`.execute(db);
    const after = await readPgSchema(db);
    expect(schemaDifferences(before, after)).toEqual([
      "conferences: checks [kind: 'khac', 'so_ket', 'tong_ket'] against [kind: 'so_ket', 'tong_ket']",
      'decisions: foreignKeys [conference_id -> conferences.id on delete cascade on update no action | register_id -> registers.id on delete no action on update no action] against [conference_id -> conferences.id on delete no action on update no action | register_id -> registers.id on delete no action on update no action]',
      'nominees.birth: missing on the second',
      'units.id: generated by default against always',
    ]);
  });

  it('names the schema as SQLite does: a baseline under the name of the migration it reaches, then pairs', async () => {
    const db = await migrated();
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    const sqliteNames = Object.keys(MIGRATIONS);
    const later = sqliteNames.slice(sqliteNames.indexOf(PG_BASELINE) + 1);
    expect(sqliteNames).toContain(PG_BASELINE);
    expect(Object.keys(PG_MIGRATIONS)).toEqual([PG_BASELINE, ...later]);
    expect(applied.rows.map((r) => r.name)).toEqual([PG_BASELINE, ...later]);
  });

  it('collates every text column "C", keeps đồng amounts in bigint and searches through trigram indexes', async () => {
    const db = await migrated();
    const notC = await sql<{ column: string }>`select table_name || '.' || column_name as column
      from information_schema.columns
      where table_schema = current_schema() and data_type = 'text' and collation_name is distinct from 'C'
        and table_name not like 'kysely_migration%'`.execute(db);
    expect(notC.rows).toEqual([]);

    const bigint = await sql<{ column: string }>`select table_name || '.' || column_name as column
      from information_schema.columns where table_schema = current_schema() and data_type = 'bigint'
      order by 1`.execute(db);
    expect(bigint.rows.map((r) => r.column)).toEqual([
      'base_salaries.amount',
      'decision_awards.reward_amount',
      'decision_awards.reward_base_salary',
    ]);

    // Byte order, as SQLite's BINARY: capitals first, "Đ" after every ASCII letter.
    for (const key of ['đ', 'a', 'Đ', 'B', 'd']) {
      await sql`insert into settings (key, value) values (${key}, '')`.execute(db);
    }
    const ordered = await sql<{ key: string }>`select key from settings order by key`.execute(db);
    expect(ordered.rows.map((r) => r.key)).toEqual(['B', 'a', 'd', 'Đ', 'đ']);

    const trigram = await sql<{
      indexname: string;
      indexdef: string;
    }>`select indexname, indexdef from pg_indexes
      where schemaname = current_schema() and indexdef like '%gin_trgm_ops%' order by indexname`.execute(db);
    expect(trigram.rows.map((r) => r.indexname)).toEqual(TRIGRAM_INDEXES);
    for (const row of trigram.rows) expect(row.indexdef).toMatch(/USING gin \(search_folded gin_trgm_ops\)/);
  });

  it('keeps the audit log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const db = await migrated();
    await sql`insert into audit_log (at, entity, action) values ('2026-01-01T00:00:00Z', 'nominee', 'create')`.execute(
      db,
    );
    await expect(sql`update audit_log set detail = 'x'`.execute(db)).rejects.toThrow(
      'audit log is append-only',
    );
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow('audit log is append-only');
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow('audit log is append-only');
    const rows = await sql<{ detail: string }>`select detail from audit_log`.execute(db);
    expect(rows.rows).toEqual([{ detail: '' }]);
  });

  it('is created by the database’s owner without superuser rights (pg_trgm is a trusted extension)', async () => {
    const owner = `hoi_nghi_owner_${randomBytes(6).toString('hex')}`;
    const name = `hoi_nghi_schema_${randomBytes(6).toString('hex')}`;
    await admin.query(
      `create role ${owner} login password 'owner-password' nosuperuser nocreatedb nocreaterole`,
    );
    const url = new URL(server.url);
    url.username = owner;
    url.password = 'owner-password';
    url.pathname = `/${name}`;
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: quietPool(url.toString()) }) });
    try {
      await admin.query(`create database ${name} owner ${owner}`);
      const { error } = await migrator(db).migrateToLatest();
      expect(error).toBeUndefined();
      expect(await appTables(db)).toHaveLength(26);
    } finally {
      await db.destroy();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`drop role ${owner}`);
    }
  });

  it('leaves nothing behind when a migration fails part-way', async () => {
    const db = await freshDatabase();
    const failing: Migration = {
      up: async (tx) => {
        await baseline.up(tx);
        throw new Error('stopped on purpose');
      },
    };
    const { error, results } = await migrator(db, { '0014_nominee_counts_index': failing }).migrateToLatest();
    expect(String(error)).toContain('stopped on purpose');
    expect(results?.map((r) => r.status)).toEqual(['Error']);

    expect(await appTables(db)).toEqual([]);
    const applied = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(db);
    expect(applied.rows[0]?.n).toBe(0);
    const leftovers = await sql<{ name: string }>`select proname as name from pg_proc
      where proname = 'audit_log_append_only'
      union all select extname from pg_extension where extname = 'pg_trgm'`.execute(db);
    expect(leftovers.rows).toEqual([]);
  });

  it('is taken down again by the migrations’ downs', async () => {
    const db = await migrated();
    expect(await appTables(db)).toHaveLength(26);
    const { error } = await migrator(db).migrateTo(NO_MIGRATIONS);
    expect(error).toBeUndefined();
    expect(await appTables(db)).toEqual([]);
  });

  it('lists the migrations a database has that this version does not know', async () => {
    const db = await freshDatabase();
    expect(await unknownMigrations(db)).toEqual([]);

    const { error } = await migrator(db).migrateToLatest();
    expect(error).toBeUndefined();
    expect(await unknownMigrations(db)).toEqual([]);

    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_a_newer_version', '2027-01-01T00:00:00Z')`.execute(
      db,
    );
    const known = Object.keys(PG_MIGRATIONS);
    expect(await unknownMigrations(db)).toEqual(['9999_from_a_newer_version']);
    expect(await unknownMigrations(db, [...known, '9999_from_a_newer_version'])).toEqual([]);
    expect(await unknownMigrations(db, [])).toEqual([...known, '9999_from_a_newer_version']);
  });
});
