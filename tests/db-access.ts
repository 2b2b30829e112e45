import BetterSqlite3 from 'better-sqlite3';
import { sql, type RawBuilder } from 'kysely';
import { dirname } from 'node:path';
import type { Store } from '../src/main/db/open';
import { TEST_ENGINE } from './engine';
import { postgresDatabaseOf } from './pg/registry';

/**
 * What tests read and break in the database behind a core, on SQLite and PostgreSQL alike.
 * Queries are Kysely `sql` templates, whose parameters each engine binds its own way.
 */

type Row = Record<string, unknown>;

/** The rows a query returns, on the store's own connection. */
export async function queryRows<T = Row>(store: Store, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(store.db)).rows;
}

/** The first column of the first row. */
export async function queryValue<T = unknown>(store: Store, query: RawBuilder<unknown>): Promise<T> {
  const [row] = await queryRows(store, query as RawBuilder<Row>);
  return (row ? Object.values(row)[0] : undefined) as T;
}

/** Runs a statement (or several, on SQLite) written for this engine. */
export async function execute(store: Store, statement: string): Promise<void> {
  await sql.raw(statement).execute(store.db);
}

/** Which writes failWrites makes fail: inserts or updates (of one column, if named). */
export interface FailedWrites {
  on?: 'insert' | 'update';
  /** Only updates that set this column. */
  of?: string;
  /** From the `after`-th row of the table on. */
  after?: number;
  /** Only rows for which this SQL on `new` holds, as "new.source_row = 11". */
  when?: string;
  name?: string;
}

/**
 * Makes writes to `table` fail with `message` (a crash or a full disk half-way through a write,
 * say), through a trigger on either engine. Returns what removes that failure.
 */
export async function failWrites(
  store: Store,
  table: string,
  message: string,
  options: FailedWrites = {},
): Promise<() => Promise<void>> {
  const name = options.name ?? `fail_${table}`;
  const after = options.after ?? 0;
  const event = `${options.on ?? 'insert'}${options.of ? ` of ${options.of}` : ''}`;
  const quoted = message.replace(/'/g, "''");
  const conditions = [
    ...(after > 0 ? [`(select count(*) from "${table}") >= ${after}`] : []),
    ...(options.when ? [`(${options.when})`] : []),
  ];
  if (store.engine === 'postgres') {
    const condition = conditions.length > 0 ? conditions.join(' and ') : 'true';
    await execute(
      store,
      `create function ${name}() returns trigger language plpgsql as $$ begin
         if ${condition} then raise exception '${quoted}'; end if; return new; end $$;
       create trigger ${name} before ${event} on "${table}" for each row execute function ${name}();`,
    );
    return () => execute(store, `drop trigger ${name} on "${table}"; drop function ${name}();`);
  }
  const when = conditions.length > 0 ? `when ${conditions.join(' and ')}` : '';
  await execute(
    store,
    `create trigger ${name} before ${event} on "${table}" ${when} begin select raise(abort, '${quoted}'); end`,
  );
  return () => execute(store, `drop trigger ${name}`);
}

/** Makes inserts into `table` fail: failWrites for inserts. */
export const failInserts = (
  store: Store,
  table: string,
  message: string,
  options: Omit<FailedWrites, 'on' | 'of'> = {},
): Promise<() => Promise<void>> => failWrites(store, table, message, options);

/** The user tables of the database, without the SQLite search index's own. */
async function tableNames(store: Store): Promise<string[]> {
  if (store.engine === 'postgres') {
    const rows = await queryRows<{ name: string }>(
      store,
      sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    );
    return rows.map((row) => row.name);
  }
  const rows = await queryRows<{ name: string }>(
    store,
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  return rows.map((row) => row.name);
}

const asJson = (row: unknown) =>
  JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value));

/** Every table's rows (sorted), and the schema's shape, for before/after comparisons. */
export interface Snapshot {
  schema: unknown[];
  rows: Record<string, string[]>;
}

async function snapshotPostgres(url: string): Promise<Snapshot> {
  const { postgresKysely } = await import('../src/main/db/postgres-pool');
  const db = postgresKysely(url, 1);
  try {
    const store = { engine: 'postgres', db } as Store;
    const schema = await queryRows(
      store,
      sql`select table_name, column_name, data_type, is_nullable, column_default
        from information_schema.columns where table_schema = current_schema()
        order by table_name, ordinal_position`,
    );
    const rows: Record<string, string[]> = {};
    for (const name of await tableNames(store)) {
      rows[name] = (await queryRows(store, sql`select * from ${sql.table(name)}`)).map(asJson).sort();
    }
    return { schema, rows };
  } finally {
    await db.destroy();
  }
}

/**
 * Every table and row of a store's data, or of the data behind a folder's database file: the
 * file itself on SQLite, or the test database that folder was given on PostgreSQL
 * (tests/pg/registry.ts).
 */
export async function snapshotDatabase(target: string | Store): Promise<Snapshot> {
  const path = typeof target === 'string' ? target : target.address;
  if (typeof target !== 'string' && target.engine === 'postgres') return snapshotPostgres(target.address);
  if (TEST_ENGINE === 'postgres') {
    const url = postgresDatabaseOf(dirname(path));
    if (url) return snapshotPostgres(url);
  }
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    const schema = sqlite
      .prepare(
        "select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name",
      )
      .all() as { type: string; name: string }[];
    const rows: Record<string, string[]> = {};
    for (const { type, name } of schema) {
      // Sorted in JS: some tables (the search index's own) have no rowid to order by.
      if (type === 'table') rows[name] = sqlite.prepare(`select * from "${name}"`).all().map(asJson).sort();
    }
    return { schema, rows };
  } finally {
    sqlite.close();
  }
}

/** How many rows `table` holds, in a store or the data behind a folder's file (as snapshotDatabase). */
export async function countRows(target: string | Store, table: string): Promise<number> {
  if (typeof target !== 'string') {
    return Number(await queryValue(target, sql`select count(*) from ${sql.table(table)}`));
  }
  const path = target;
  if (TEST_ENGINE === 'postgres') {
    const url = postgresDatabaseOf(dirname(path));
    if (url) {
      const { postgresKysely } = await import('../src/main/db/postgres-pool');
      const db = postgresKysely(url, 1);
      try {
        const store = { engine: 'postgres', db } as Store;
        return Number(await queryValue(store, sql`select count(*) from ${sql.table(table)}`));
      } finally {
        await db.destroy();
      }
    }
  }
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    return (sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}
