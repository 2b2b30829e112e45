import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Writing thousands of rows through the driver's own prepared statement. Kysely builds, compiles
 * and binds a query object per batch of rows, which for an import of 10,000 nominees costs as
 * much as SQLite's work itself; one prepared INSERT run once per row costs nothing of that.
 */

const handles = new WeakMap<Kysely<Database>, BetterSqlite3.Database>();

/** Called by db/open.ts for every connection it opens, so that bulk writers can find the handle. */
export function registerBulkHandle(db: Kysely<Database>, sqlite: BetterSqlite3.Database): void {
  handles.set(db, sqlite);
}

type Column<T extends keyof Database> = keyof Insertable<Database[T]> & string;

/**
 * Inserts one row (every listed column given) and returns its id. Run it inside a transaction
 * opened on the same connection.
 */
export type RowInserter<T extends keyof Database, C extends Column<T> = Column<T>> = (
  row: Required<Pick<Insertable<Database[T]>, C>>,
) => number;

/**
 * One prepared INSERT of `columns` into `table` on the connection behind `db`, or null when `db`
 * is not a connection opened by db/open.ts (a transaction object, another engine): callers then
 * write through Kysely. The statement joins whatever transaction is open on that connection.
 */
export function rowInserter<T extends keyof Database, C extends Column<T>>(
  db: Kysely<Database>,
  table: T,
  columns: readonly C[],
): RowInserter<T, C> | null {
  const sqlite = handles.get(db);
  if (!sqlite) return null;
  const statement = sqlite.prepare(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  return (row) => Number(statement.run(columns.map((c) => row[c])).lastInsertRowid);
}
