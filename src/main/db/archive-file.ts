import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, SqliteDialect, type RawBuilder } from 'kysely';
import { cachingStatements } from './statement-cache';
import { engineOf, type Connection } from './engine';

/**
 * A conference archive (.hoinghi) is a small SQLite file whatever database the app itself runs
 * on: anyone can open it with any SQLite tool. This is the one place that touches such a file
 * with the driver; the archive code reads and writes it through Kysely.
 */

/** Tables are only known at run time (they mirror the carried tables of the live database). */
export type ArchiveTables = Record<string, Record<string, unknown>>;

/**
 * The order rows were inserted in, for the live database and an archive alike: an archive keeps
 * it, so that imported rows take new ids in the same order. SQLite's rowid (which is the id of
 * a table with one). PostgreSQL has no rowid: a table's id, handed out in insertion order, or
 * for a table keyed by its references (whose rows take no new id), its first column.
 */
export function insertionOrder(db: Connection, key: 'id' | null): RawBuilder<unknown> {
  if (engineOf(db) === 'sqlite') return sql`rowid`;
  return key === 'id' ? sql`id` : sql`1`;
}

export interface ArchiveFile {
  db: Kysely<ArchiveTables>;
  /** PRAGMA application_id, which marks the file as ours. */
  applicationId(): number;
  /** "ok", or what SQLite found wrong. */
  integrityCheck(): string;
  /** Everything the schema holds (tables, indexes, views, triggers), by type and name. */
  objects(): { type: string; name: string }[];
  close(): void;
}

function wrap(sqlite: BetterSqlite3.Database): ArchiveFile {
  return {
    db: new Kysely<ArchiveTables>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) }),
    applicationId: () => Number(sqlite.pragma('application_id', { simple: true })),
    integrityCheck: () => String(sqlite.pragma('integrity_check', { simple: true })),
    objects: () =>
      sqlite.prepare('select type, name from sqlite_master').all() as { type: string; name: string }[],
    // The driver closes synchronously; Kysely's destroy would only do the same, a tick later.
    close: () => sqlite.close(),
  };
}

/** Opens an existing archive read-only. Throws the driver's error on a file that is not SQLite. */
export function openArchiveFile(path: string): ArchiveFile {
  return wrap(new BetterSqlite3(path, { readonly: true, fileMustExist: true }));
}

/**
 * Creates a new archive at `path`, marked with `applicationId`. Written once from start to end,
 * so it needs no journal: a failed export is deleted, never resumed.
 */
export function createArchiveFile(path: string, applicationId: number): ArchiveFile {
  const sqlite = new BetterSqlite3(path);
  try {
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma(`application_id = ${Math.trunc(applicationId)}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return wrap(sqlite);
}
