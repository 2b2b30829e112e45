import { sql } from 'kysely';
import type { Store } from '../src/main/db/open';
import { queryRows } from './db-access';

/**
 * What tests ask of the schema behind a core, answered from each engine's own catalogue:
 * SQLite's sqlite_master and pragmas, PostgreSQL's information_schema.
 */

/** The tables of the database, by name, without SQLite's internal ones. */
export async function tableNames(store: Store): Promise<string[]> {
  const rows =
    store.engine === 'postgres'
      ? await queryRows<{ name: string }>(
          store,
          sql`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
        )
      : await queryRows<{ name: string }>(
          store,
          sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
        );
  return rows.map((row) => row.name);
}

/** The columns of `table`, in their order. */
export async function columnNames(store: Store, table: string): Promise<string[]> {
  const rows =
    store.engine === 'postgres'
      ? await queryRows<{ name: string }>(
          store,
          sql`select column_name as name from information_schema.columns
            where table_schema = current_schema() and table_name = ${table} order by ordinal_position`,
        )
      : await queryRows<{ name: string }>(store, sql`select name from pragma_table_info(${table})`);
  return rows.map((row) => row.name);
}

/** The foreign keys of `table`: which column points at which table. */
export async function foreignKeys(store: Store, table: string): Promise<{ from: string; table: string }[]> {
  if (store.engine === 'postgres') {
    return queryRows<{ from: string; table: string }>(
      store,
      sql`select kcu.column_name as "from", ccu.table_name as "table"
        from information_schema.table_constraints tc
        join information_schema.key_column_usage kcu
          on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
        join information_schema.constraint_column_usage ccu
          on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
          and tc.table_name = ${table}
        order by kcu.column_name`,
    );
  }
  return queryRows<{ from: string; table: string }>(
    store,
    sql`select "from", "table" from pragma_foreign_key_list(${table}) order by "from"`,
  );
}
