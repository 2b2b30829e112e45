import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReason, BackupRecord } from '../../shared/backups';
import { AppError } from '../core/app-error';
import { diskFull, isDiskFull } from '../core/disk-full';
import type { StoreFile } from '../db/open';
import { backupFileName, listBackupFiles, parseBackupName } from './names';
import { readManifest, writeManifest } from '../db/backup-manifest';
import { chooseBackupsToKeep, type RotationPolicy } from './rotation';

export interface TakeBackupOptions {
  now: Date;
  /** Runs between the copy and its check; tests damage the copy here. */
  afterCopy?: (tempPath: string) => void;
  /**
   * Checks the copy (integrityProblem by default); the core hands it to a job worker, as reading
   * every page of a large file takes a while.
   */
  check?: (tempPath: string) => Promise<string | null>;
}

/** Removes a database file and the journal files SQLite may have left beside it. */
export function removeDatabaseFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * The copy inherits the live file's WAL mode; switched to a rollback journal it is one
 * self-contained file, and opening it read-only later leaves no -wal/-shm beside it.
 */
function singleFile(path: string): void {
  const copy = new BetterSqlite3(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Runs SQLite's integrity check on a file opened read-only, table by table, and returns the
 * problems or null. Every b-tree is checked (rows, indexes, the search index's own tables); the
 * one thing left out is FTS5's re-tokenising of all nominees, which the whole-file check adds since
 * SQLite 3.44: it would triple the time of a backup, and that index is derived and rebuildable.
 */
export function integrityProblem(path: string): string | null {
  let copy: BetterSqlite3.Database | null = null;
  try {
    copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const tables = copy
      .prepare("select name from sqlite_master where type = 'table' and rootpage > 0 order by name")
      .pluck()
      .all() as string[];
    if (tables.length === 0) return 'không có bảng dữ liệu nào';
    const problems: string[] = [];
    for (const table of tables) {
      const rows = copy.pragma(`integrity_check("${table.replace(/"/g, '""')}")`) as {
        integrity_check: string;
      }[];
      for (const { integrity_check: message } of rows) if (message !== 'ok') problems.push(message);
    }
    return problems.length === 0 ? null : problems.slice(0, 5).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    copy?.close();
  }
}

/**
 * Copies the live database with SQLite's online backup under a temporary name, checks the copy
 * and only then gives it its final name: a listed backup is always a checked one.
 */
export async function takeBackup(
  file: StoreFile,
  folder: string,
  reason: BackupReason,
  options: TakeBackupOptions,
): Promise<BackupRecord> {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw folderError(folder, error);
  }
  let attempt = 0;
  let name = backupFileName(reason, options.now);
  while (existsSync(join(folder, name))) name = backupFileName(reason, options.now, ++attempt);
  const target = join(folder, name);
  const temp = `${target}.dang-ghi`;
  try {
    await file.backup(temp);
    singleFile(temp);
    options.afterCopy?.(temp);
  } catch (error) {
    removeDatabaseFile(temp);
    throw folderError(folder, error);
  }
  const problem = options.check ? await options.check(temp) : integrityProblem(temp);
  if (problem !== null) {
    removeDatabaseFile(temp);
    throw new AppError(
      'WRITE_FAILED',
      `Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn (${problem}) và đã bị xóa. ` +
        'Hãy thử lại hoặc chọn thư mục sao lưu khác.',
      { folder, problem },
    );
  }
  renameSync(temp, target);
  // A read-only open of a WAL copy may leave its -shm beside the temporary name.
  removeDatabaseFile(temp);
  const listed = listBackupFiles(folder).find((record) => record.name === name);
  if (!listed) throw folderError(folder, new Error(name));
  return listed;
}

export interface RotateOptions {
  policy?: RotationPolicy | undefined;
  /** The copy just written, recorded in the folder's manifest. */
  taken: string;
  /**
   * With no manifest in the folder yet, count every backup-named file as the app's own. Only
   * for the default folder beside the data, which the app alone writes: copies taken there
   * before manifests existed are adopted once, and rotated from then on.
   */
  adoptExisting: boolean;
}

/**
 * Records the new copy in the folder's manifest, then deletes the copies of the app's own that
 * the rotation does not keep; returns their names. Files the manifest does not name are never
 * deleted, whatever they are called.
 */
export function rotateBackups(
  folder: string,
  now: Date,
  { policy, taken, adoptExisting }: RotateOptions,
): string[] {
  const present = listBackupFiles(folder);
  const listed = readManifest(folder) ?? new Set(adoptExisting ? present.map((record) => record.name) : []);
  listed.add(taken);
  const own = present.flatMap((record) => {
    const parsed = listed.has(record.name) ? parseBackupName(record.name) : null;
    return parsed ? [{ name: record.name, ...parsed }] : [];
  });
  // Listed before anything is deleted: if the list cannot be written, nothing is.
  writeManifest(
    folder,
    own.map((entry) => entry.name),
  );
  const keep = chooseBackupsToKeep(own, now, policy);
  const removed = own.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  if (removed.length > 0) writeManifest(folder, [...keep]);
  return removed;
}

export function folderError(folder: string, cause: unknown): AppError {
  if (isDiskFull(cause)) return diskFull();
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError(
    'WRITE_FAILED',
    `Không ghi được bản sao lưu vào thư mục "${folder}" (${reason}). ` +
      'Hãy kiểm tra ổ đĩa (USB còn cắm, còn chỗ trống) hoặc chọn thư mục khác.',
    { folder },
  );
}
