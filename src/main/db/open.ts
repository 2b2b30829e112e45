import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { foldVietnamese } from '../../shared/text';
import { AppError } from '../core/app-error';
import { backupDatabase } from './backup';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';
import {
  marksPath,
  mergeMarks,
  raiseToMarks,
  readMarks,
  readMarksFile,
  writeMarksFile,
  type IdMarks,
} from './id-marks';
import { cachingStatements } from './statement-cache';
import { registerBulkHandle } from './bulk';
import { isDatabaseUrl } from './engine';
import { postgresKysely } from './postgres-pool';
import type { Store } from './store';

export type { Store, StoreFile } from './store';

export interface OpenOptions {
  /** Defaults to every migration; tests pass a prefix of the list to stop part-way. */
  migrations?: Readonly<Record<string, Migration>>;
  /** Defaults to `backups/` beside the database file. */
  backupsDir?: string;
  /** How many before-migration copies to keep. */
  keepBackups?: number;
  /** The file was just put in place by a restore: every record gets a revision above the marks. */
  restored?: boolean;
  /**
   * Leave the whole-file check for later, when there is nothing to migrate: it reads every page
   * (0.7 s for 100,000 nominees) and the app should answer first. The store then says
   * `checkPending`; until `file.completeOpen` nothing may write to it (the core holds its write
   * gate meanwhile), since the file may be damaged.
   */
  checkLater?: boolean;
}

const handles = new WeakMap<Store, BetterSqlite3.Database>();

/**
 * The driver's handle behind a store, for tests that must break the file on purpose (a trigger
 * that fails half-way, a damaged row). Application code never calls this; a test checks it.
 */
export function rawSqlite(store: Store): BetterSqlite3.Database {
  const sqlite = handles.get(store);
  if (!sqlite) throw new Error('not a SQLite store opened by openDatabase');
  return sqlite;
}

const MIGRATION_TABLE = 'kysely_migration';

function corrupt(path: string, backupsDir: string, cause: unknown): AppError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'DB_CORRUPT',
    `Tệp dữ liệu "${path}" bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng (${reason}). ` +
      `Ứng dụng không ghi đè lên tệp này. Các bản sao lưu nằm trong thư mục "${backupsDir}".`,
    { path, backupsDir },
  );
}

/**
 * SQLite needs to write beside its file (the write-ahead log) even to read it, so a folder that
 * cannot be written fails at open with the same errors as a damaged file. Told apart first.
 */
export function dataDirReadOnly(dir: string, cause?: unknown): AppError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return new AppError(
    'DATA_DIR_READONLY',
    `Không ghi được vào thư mục dữ liệu "${dir}"${code ? ` (${code})` : ''}: thư mục hoặc ổ đĩa chỉ cho đọc, ` +
      'hoặc không có quyền ghi. Tệp dữ liệu (nếu có) không bị thay đổi. ' +
      'Hãy cấp quyền ghi hoặc chọn thư mục dữ liệu khác rồi mở lại ứng dụng.',
    { path: dir, ...(code ? { code } : {}) },
  );
}

function unwritable(path: string): NodeJS.ErrnoException | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/** Refuses a folder, database file or log beside it that cannot be written, before opening. */
function requireWritable(path: string): void {
  const dir = dirname(path);
  const refused = [dir, path, `${path}-wal`, `${path}-shm`]
    .filter((p) => p === dir || existsSync(p))
    .map(unwritable)
    .find((error) => error !== null);
  if (refused) throw dataDirReadOnly(dir, refused);
}

function executedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = ?")
    .get(MIGRATION_TABLE);
  if (!table) return [];
  const rows = sqlite.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as {
    name: string;
  }[];
  return rows.map((r) => r.name);
}

function hasUserTables(sqlite: BetterSqlite3.Database): boolean {
  const row = sqlite
    .prepare("select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

/** SQL functions the queries use, on every connection (the writer, readers, job workers). */
export function registerFunctions(sqlite: BetterSqlite3.Database): void {
  sqlite.function('vi_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldVietnamese(value) : value,
  );
}

/**
 * A connection of its own on a database already opened (checked, migrated, in WAL mode) by
 * openDatabase: a reader (lists and searches, read-only jobs) can neither write nor change the
 * journal mode; a writer (a job worker's) waits up to the busy timeout for a lock held elsewhere.
 */
export function openConnection(address: string, access: 'read' | 'write'): Kysely<Database> {
  // A job on a server database takes two connections of its own (a cursor and its writes).
  if (isDatabaseUrl(address)) return postgresKysely(address, 2);
  return connect(address, access).db;
}

/**
 * The core's page cache, in KiB (16 MB by default here). A search over 100,000 nominees reads
 * their trigram index and the list's indexes, some 30 MB: once other reads had pushed some of
 * those pages out, counting a search matching 31,000 of them took 37 ms instead of 21, reading
 * them back from the file. The cache grows only as pages are read, so a small list costs no
 * more memory than before.
 */
const PAGE_CACHE_KIB = 64 * 1024;

function connect(path: string, access: 'read' | 'write') {
  const sqlite = new BetterSqlite3(path, { readonly: access === 'read', timeout: 5000 });
  registerFunctions(sqlite);
  if (access === 'write') {
    // Per connection, as the core's own writer has them.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  registerBulkHandle(db, sqlite);
  return { sqlite, db };
}

/**
 * Opens (or creates) the database file, checks it, backs it up and migrates it.
 * A damaged file, or one written by a newer version, is refused before anything is written.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Store> {
  const migrations = options.migrations ?? MIGRATIONS;
  const backupsDir = options.backupsDir ?? join(dirname(path), 'backups');
  const existed = existsSync(path) && statSync(path).size > 0;
  requireWritable(path);

  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, { timeout: 5000 });
  } catch (error) {
    throw corrupt(path, backupsDir, error);
  }

  try {
    // Read-only checks first: nothing below may write to a file we cannot trust.
    let pending: string[];
    let checkLater = false;
    try {
      // Reading the schema already fails on a file that is not a database at all.
      const done = executedMigrations(sqlite);
      const unknown = done.filter((name) => !Object.hasOwn(migrations, name));
      if (unknown.length > 0) {
        throw new AppError(
          'DB_TOO_NEW',
          `Tệp dữ liệu "${path}" được tạo bởi phiên bản mới hơn của ứng dụng (${unknown.join(', ')}). ` +
            'Hãy cập nhật ứng dụng; tệp không bị thay đổi.',
          { path, unknownMigrations: unknown },
        );
      }
      pending = Object.keys(migrations).filter((name) => !done.includes(name));
      // A file about to be migrated is checked first, whatever the caller asked: it is written.
      checkLater = options.checkLater === true && pending.length === 0;
      if (!checkLater) {
        const check = sqlite.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new Error(String(check));
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw corrupt(path, backupsDir, error);
    }

    registerFunctions(sqlite);

    if (existed && pending.length > 0 && hasUserTables(sqlite)) {
      await backupDatabase(sqlite, path, backupsDir, 'truoc-nang-cap', options.keepBackups ?? 10);
    }

    sqlite.pragma('journal_mode = WAL');
    // NORMAL survives an application crash in WAL mode; power loss may lose the last commit.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);

    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
    registerBulkHandle(db, sqlite);
    const migrator = new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve({ ...migrations }) },
    });

    if (pending.length > 0) {
      // Kysely runs SQLite migrations without a transaction; one around the whole run makes a
      // failed upgrade leave the file exactly as it was.
      sqlite.exec('BEGIN IMMEDIATE');
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        sqlite.exec('ROLLBACK');
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
        throw new AppError(
          'MIGRATION_FAILED',
          `Không nâng cấp được cơ sở dữ liệu (bước ${failed}). Tệp gốc vẫn được giữ nguyên; ` +
            `bản sao lưu nằm trong "${backupsDir}".`,
          { path, backupsDir, migration: failed },
        );
      }
      sqlite.exec('COMMIT');
    }

    // Ids, register numbers and revisions continue above anything this folder has handed out,
    // even when the file was restored from an older copy or replaced by hand.
    const marksFile = marksPath(path);
    const recordMarks = (marks = readMarks(sqlite)) =>
      writeMarksFile(marksFile, mergeMarks(readMarksFile(marksFile), marks));
    const completeOpen = (marks: IdMarks) => {
      raiseToMarks(sqlite, readMarksFile(marksFile), options.restored ?? false);
      try {
        recordMarks(mergeMarks(marks, readMarks(sqlite, { revision: false })));
      } catch {
        // A full disk must not keep the data from opening: every backup and the close write them.
      }
    };
    if (!checkLater) completeOpen(readMarks(sqlite));

    const applied = executedMigrations(sqlite);
    const reader = connect(path, 'read');
    const readDb = reader.db;
    const store: Store = {
      engine: 'sqlite',
      db,
      readDb,
      path,
      address: path,
      backupsDir,
      schemaVersion: applied.at(-1) ?? '',
      checkPending: checkLater,
      file: {
        completeOpen: (marks) => {
          completeOpen(marks);
          store.checkPending = false;
        },
        backup: async (target) => {
          await sqlite.backup(target, { progress: () => 1000 });
        },
        totalChanges: () => (sqlite.prepare('select total_changes() as n').get() as { n: number }).n,
        recordMarks: () => recordMarks(),
      },
      close: async () => {
        if (sqlite.open) {
          try {
            recordMarks();
          } catch {
            // Best effort on close: the marks were written at open and by every backup.
          }
        }
        await readDb.destroy();
        await db.destroy();
        // Kysely closes a connection only if it ever ran a query on it: a reader or a writer
        // left unused would keep the file open (and its folder busy) after the store closed.
        if (reader.sqlite.open) reader.sqlite.close();
        if (sqlite.open) sqlite.close();
      },
    };
    handles.set(store, sqlite);
    return store;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    sqlite.close();
    throw error;
  }
}
