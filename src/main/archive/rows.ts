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

/**
 * An insert of `count` rows, compiled once: runs bind their own values, row after row, each in
 * the order of `columns` (checked here, as the compiler lays them out).
 */
function compiledInsert(db: Kysely<ArchiveTables>, table: string, columns: string[], count: number) {
  const placeholders = Array.from({ length: count }, (_, r) =>
    Object.fromEntries(columns.map((c, i) => [c, r * columns.length + i])),
  );
  const compiled = db.insertInto(table).values(placeholders).compile();
  if (compiled.parameters.length !== count * columns.length || compiled.parameters.some((p, i) => p !== i)) {
    throw new Error(`insert into ${table}: unexpected parameters`);
  }
  return compiled;
}

/** Inserts rows many to a statement, in the order given (new ids rise in that order). */
export async function insertRows(db: Kysely<ArchiveTables>, table: string, columns: string[], rows: Row[]) {
  if (columns.length === 0) return;
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  let full: CompiledQuery | null = null;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const compiled =
      chunk.length === perStatement
        ? (full ??= compiledInsert(db, table, columns, perStatement))
        : compiledInsert(db, table, columns, chunk.length);
    await db.executeQuery({
      ...compiled,
      parameters: chunk.flatMap((row) => columns.map((c) => row[c] ?? null)),
    });
  }
}
