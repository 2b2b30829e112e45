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

/**
 * Makes every insert into `table` fail with `message` (a disk that fills half-way through a
 * write, say) from the `after`-th row on; returns what removes that failure.
 */
export async function failInserts(
  store: Store,
  table: string,
  message: string,
  options: { after?: number; name?: string } = {},
): Promise<() => Promise<void>> {
  const name = options.name ?? `fail_${table}`;
  const after = options.after ?? 0;
  const quoted = message.replace(/'/g, "''");
  if (store.engine === 'postgres') {
    const condition = after > 0 ? `(select count(*) from "${table}") >= ${after}` : 'true';
    await execute(
      store,
      `create function ${name}() returns trigger language plpgsql as $$ begin
         if ${condition} then raise exception '${quoted}'; end if; return new; end $$;
       create trigger ${name} before insert on "${table}" for each row execute function ${name}();`,
    );
    return () => execute(store, `drop trigger ${name} on "${table}"; drop function ${name}();`);
  }
  const when = after > 0 ? `when (select count(*) from "${table}") >= ${after}` : '';
  await execute(
    store,
    `create trigger ${name} before insert on "${table}" ${when} begin select raise(abort, '${quoted}'); end`,
  );
  return () => execute(store, `drop trigger ${name}`);
}

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
 * Every table and row of the data behind a folder's database file: the file itself on SQLite,
 * or the test database that folder was given on PostgreSQL (tests/pg/registry.ts).
 */
export async function snapshotDatabase(path: string): Promise<Snapshot> {
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

/** How many rows `table` holds, in the data behind a folder's database file (as snapshotDatabase). */
export async function countRows(path: string, table: string): Promise<number> {
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
