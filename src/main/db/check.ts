import BetterSqlite3 from 'better-sqlite3';
import { readMarks, type IdMarks } from './id-marks';

export interface FileCheck {
  /** What SQLite found wrong, or null for a sound file. */
  problem: string | null;
  /** The file's marks, read while checking (empty when the file is damaged). */
  marks: IdMarks;
}

const NO_MARKS: IdMarks = { ids: {}, registers: {}, revision: 0 };

/**
 * The check an open leaves for later (OpenOptions.checkLater): SQLite's quick_check of every page
 * and index, on a read-only connection of its own, so it can run in a job worker while the app
 * answers. The marks come from the same connection, since reading the highest revision also
 * reads every row.
 */
export function checkDatabaseFile(path: string): FileCheck {
  let sqlite: BetterSqlite3.Database | null = null;
  try {
    sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const result = sqlite.pragma('quick_check', { simple: true });
    if (result !== 'ok') return { problem: String(result), marks: NO_MARKS };
    return { problem: null, marks: readMarks(sqlite) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), marks: NO_MARKS };
  } finally {
    sqlite?.close();
  }
}
