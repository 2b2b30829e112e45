import type { Kysely } from 'kysely';
import type { IdMarks } from './id-marks';
import type { Engine } from './engine';
import type { Database } from './schema';

/**
 * The database as the domains see it: Kysely only, so that their SQL does not depend on the
 * engine. The driver stays in this folder.
 */
export interface Store {
  db: Kysely<Database>;
  /**
   * A second, read-only connection on the same file for lists and searches. In WAL mode a reader
   * never waits for a writer, so a list answers while another connection (an import's worker)
   * holds the write lock; each statement outside a transaction sees the latest commit.
   */
  readDb: Kysely<Database>;
  /** Which engine holds the data: a SQLite file, or a PostgreSQL server. */
  engine: Engine;
  /** What the user is shown: the file's path, or the server's URL without its password. */
  path: string;
  /**
   * What another connection opens to reach the same data (a job worker's): the file's path, or
   * the server's full URL. Never shown.
   */
  address: string;
  backupsDir: string;
  /** Name of the last migration applied. */
  schemaVersion: string;
  /** Opened with `checkLater` and not yet checked: see OpenOptions. */
  checkPending: boolean;
  /**
   * What only a SQLite file can do; backups alone use it. Null on PostgreSQL, whose server keeps
   * its own backups.
   */
  file: StoreFile | null;
  close(): Promise<void>;
}

export interface StoreFile {
  /**
   * Writes a consistent copy at `target` with SQLite's online backup (never a copy of the live
   * file), in large steps (4 MB) that keep it quick while letting other calls run in between.
   */
  backup(target: string): Promise<void>;
  /** Rows changed since the file was opened: an automatic backup skips a file that has not changed. */
  totalChanges(): number;
  /**
   * Writes the highest id, register number and revision handed out so far to the marks file
   * beside the database (id-marks.ts). A restore calls it before it swaps the file.
   */
  recordMarks(): void;
  /**
   * After a deferred check found the file sound: raises it to the id marks and records them, as
   * an open with its check does. `marks` are what the check read (the highest revision reads
   * every row, so it is read there, not on the core's thread).
   */
  completeOpen(marks: IdMarks): void;
}
