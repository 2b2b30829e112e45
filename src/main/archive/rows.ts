import type { CompiledQuery, Kysely } from 'kysely';
import type { ArchiveTables } from '../db/archive-file';
import type { Database } from '../db/schema';
import { ARCHIVED_TABLES } from './tables';

/** A row of a carried table, column by column, as the driver returns it. */
export type Row = Record<string, unknown>;

/** Carried tables are named at run time; both databases are read through this untyped view. */
export const untyped = (db: Kysely<Database>): Kysely<ArchiveTables> =>
  db as unknown as Kysely<ArchiveTables>;

export interface Column {
  name: string;
  /** As the live database declares it; the archive keeps it so that its values read back alike. */
  dataType: string;
}

/** The columns of each carried table of the live database, in their declared order. */
export async function carriedColumns(db: Kysely<Database>): Promise<Map<string, Column[]>> {
  const tables = await db.introspection.getTables();
  return new Map(
    tables
      .filter((t) => !t.isView && ARCHIVED_TABLES.has(t.name))
      .map((t) => [t.name, t.columns.map((c) => ({ name: c.name, dataType: c.dataType }))]),
  );
}

// Far under SQLite's limit on bound values; a chunk of rows is one statement.
const VALUES_PER_STATEMENT = 999;

/** Inserts rows whose new ids nobody needs, many to a statement. */
export async function insertRows(db: Kysely<ArchiveTables>, table: string, columns: string[], rows: Row[]) {
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / Math.max(1, columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
    await db.insertInto(table).values(values).execute();
  }
}

/**
 * One insert compiled once and run for row after row: the import inserts thousands of rows and
 * needs each one's new id, which a multi-row insert does not tell in a reliable order.
 */
export function rowInserter(db: Kysely<ArchiveTables>, table: string, columns: string[], key: string | null) {
  // Placeholder values: only the statement is kept; every run binds its own.
  const values = Object.fromEntries(columns.map((c, i) => [c, i]));
  const insert = db.insertInto(table).values(values);
  const compiled: CompiledQuery = key ? insert.returning(key).compile() : insert.compile();
  // The values must bind in the order the columns are listed.
  if (compiled.parameters.length !== columns.length || compiled.parameters.some((p, i) => p !== i)) {
    throw new Error(`insert into ${table}: unexpected parameters`);
  }
  return async (row: Row): Promise<number | null> => {
    const result = await db.executeQuery<Row>({
      ...compiled,
      parameters: columns.map((c) => row[c] ?? null),
    });
    const inserted = key ? result.rows[0]?.[key] : undefined;
    return inserted === undefined ? null : Number(inserted);
  };
}
