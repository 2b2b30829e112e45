import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BackupList, BackupReason, BackupRecord, RestoreResult } from '../../shared/backups';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import { checkBackupFolder } from './folder';
import { inspectBackupFile } from './inspect';
import { listBackupFiles } from './names';
import { readBackupsFolder, writeBackupsFolder } from './queries';
import type { RotationPolicy } from './rotation';
import { removeDatabaseFile, rotateBackups, takeBackup } from './take';
import type { StoreFile } from '../db/store';

/** The database name of a server URL (its path), for the pg_dump command the page shows. */
function serverDatabase(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
  } catch {
    return 'postgres';
  }
}

export const BACKUP_INTERVAL_MS = 10 * 60_000;

export interface BackupOptions {
  /** Time between periodic checks for changes (10 minutes). */
  intervalMs?: number;
  /** Starts the periodic check; returns its stop. Tests drive the ticks themselves. */
  schedule?: (tick: () => Promise<void>, intervalMs: number) => () => void;
  /** Runs between a copy and its integrity check; tests damage the copy here. */
  afterCopy?: (tempPath: string) => void;
  rotation?: RotationPolicy;
  /** How long checking a chosen folder may take (3 s). */
  folderCheckMs?: number;
  /**
   * True while the live file is known damaged (the start-up check): the copy a restore takes
   * first is then kept as it is, unchecked, since the point is to keep the damaged file too.
   */
  liveFileDamaged?: () => boolean;
}

/** Swaps the live file for a staged one and reopens it; provided by the core, which owns the store. */
export type ReplaceDatabase = (stagedPath: string, backupsDir: string) => Promise<void>;

const everyInterval = (tick: () => Promise<void>, intervalMs: number) => {
  const timer = setInterval(() => void tick(), intervalMs);
  // A pending backup timer must never keep the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * Automatic and manual backups, and restoring one. Every backup and restore runs one at a time,
 * so a periodic copy never reads a database that a restore is swapping.
 */
export class BackupService {
  private chosenFolder = '';
  private queue: Promise<unknown> = Promise.resolve();
  private stopTimer: (() => void) | null = null;
  /** Set while automatic copies go to the default folder because the chosen one failed. */
  private fallback: BackupList['fallback'] = null;
  /** total_changes() of the connection when the last copy was taken. */
  private changesAtLastBackup = 0;

  constructor(
    private readonly ctx: CoreContext,
    private readonly defaultFolder: string,
    private readonly replaceDatabase: ReplaceDatabase,
    private readonly log: (message: string, error: unknown) => void,
    private readonly options: BackupOptions = {},
  ) {}

  get folder(): string {
    return this.chosenFolder || this.defaultFolder;
  }

  /**
   * Reads the chosen folder and starts the periodic check. The start-up copy is taken apart
   * (startupCopy), once the file is known sound, after the app answers.
   */
  async start(): Promise<void> {
    // A server's data is copied by the server's own backups, not by each window's app.
    if (this.ctx.store.file === null) return;
    this.chosenFolder = await readBackupsFolder(this.ctx.store.db);
    this.changesAtLastBackup = this.changes();
    const schedule = this.options.schedule ?? everyInterval;
    this.stopTimer = schedule(
      () => this.backupIfChanged('dinh-ky'),
      this.options.intervalMs ?? BACKUP_INTERVAL_MS,
    );
  }

  /** The copy of an existing database taken at every start. */
  startupCopy(): Promise<void> {
    if (this.ctx.store.file === null) return Promise.resolve();
    return this.automatic('khoi-dong');
  }

  /** Stops the timer and takes the on-close copy when something changed since the last one. */
  async close(): Promise<void> {
    this.stopTimer?.();
    this.stopTimer = null;
    await this.backupIfChanged('khi-dong');
  }

  list(): BackupList {
    const { store } = this.ctx;
    if (store.file === null) {
      return {
        folder: '',
        isDefault: true,
        canChooseFolder: false,
        backups: [],
        fallback: null,
        server: { url: store.path, database: serverDatabase(store.path) },
      };
    }
    return {
      folder: this.folder,
      isDefault: this.chosenFolder === '',
      canChooseFolder: this.ctx.shell.chooseFolder !== undefined,
      backups: listBackupFiles(this.folder),
      fallback: this.fallback,
      server: null,
    };
  }

  create(): Promise<BackupRecord> {
    this.file();
    return this.serial(() => this.take('thu-cong', this.folder));
  }

  inspect(name: string) {
    return inspectBackupFile(join(this.folder, name), this.listed(name));
  }

  restore(name: string): Promise<RestoreResult> {
    this.file();
    return this.serial(async () => {
      const folder = this.folder;
      inspectBackupFile(join(folder, name), this.listed(name));
      // Staged beside the live file first: the rotation run by the pre-restore copy may remove
      // the chosen backup, and a rename within one folder is atomic.
      const staged = `${this.ctx.store.path}.khoi-phuc`;
      removeDatabaseFile(staged);
      try {
        // Asynchronous: a backups folder on a share that stops answering must not stall the core.
        await copyFile(join(folder, name), staged);
        const undo = await this.take('truoc-khoi-phuc', folder);
        await this.replaceDatabase(staged, folder);
        // The folder belongs to this laptop, not to the data: keep it across the restore.
        await writeBackupsFolder(this.ctx.store.db, this.chosenFolder);
        this.changesAtLastBackup = this.changes();
        return { restored: name, undoName: undo.name };
      } finally {
        removeDatabaseFile(staged);
      }
    });
  }

  async setFolder(input: string): Promise<BackupList> {
    this.file();
    const folder = input === '' ? '' : resolve(input);
    if (folder !== '') await checkBackupFolder(input, folder, this.options.folderCheckMs);
    await writeBackupsFolder(this.ctx.store.db, folder);
    this.chosenFolder = folder;
    this.fallback = null;
    this.ctx.events.emit({ type: 'backups.changed' });
    return this.list();
  }

  /** The SQLite file's own operations; refused on a server, whose backups are its own. */
  private file(): StoreFile {
    const { file } = this.ctx.store;
    if (file === null) {
      throw new AppError(
        'INVALID_STATE',
        'Dữ liệu nằm trên máy chủ PostgreSQL: ứng dụng không tự sao lưu hay khôi phục. ' +
          'Hãy dùng bản sao lưu của máy chủ (pg_dump / pg_restore) như trang Sao lưu hướng dẫn.',
      );
    }
    return file;
  }

  private changes(): number {
    return this.file().totalChanges();
  }

  private backupIfChanged(reason: BackupReason): Promise<void> {
    if (this.ctx.store.file === null) return Promise.resolve();
    if (this.changes() === this.changesAtLastBackup) return Promise.resolve();
    return this.automatic(reason);
  }

  /** An automatic copy never fails the app: a missing USB drive falls back to the default folder. */
  private async automatic(reason: BackupReason): Promise<void> {
    await this.serial(async () => {
      try {
        await this.take(reason, this.folder);
      } catch (error) {
        this.log(`Sao lưu tự động (${reason}) vào "${this.folder}" thất bại`, error);
        if (this.folder === this.defaultFolder) return;
        try {
          const record = await this.take(reason, this.defaultFolder);
          // Said on the backups page too: the log alone would leave the user believing the
          // copies are on the drive they chose.
          this.fallback = { folder: this.folder, writtenTo: this.defaultFolder, at: record.createdAt };
          this.ctx.events.emit({ type: 'backups.changed' });
        } catch (fallback) {
          this.log(`Sao lưu tự động (${reason}) vào thư mục mặc định thất bại`, fallback);
        }
      }
    });
  }

  private async take(reason: BackupReason, folder: string): Promise<BackupRecord> {
    const changes = this.changes();

    const record = await takeBackup(this.file(), folder, reason, {
      now: this.ctx.now(),
      ...(this.options.afterCopy ? { afterCopy: this.options.afterCopy } : {}),
      check: (path) =>
        reason === 'truoc-khoi-phuc' && this.options.liveFileDamaged?.() === true
          ? Promise.resolve(null)
          : this.ctx.jobs.run('backups.check', { path }, this.ctx.store),
    });
    this.changesAtLastBackup = changes;
    if (folder === this.folder) this.fallback = null;
    try {
      // A copy put back by hand later still continues above what the live file handed out.
      this.file().recordMarks();
    } catch (error) {
      this.log('Ghi mốc id bên cạnh tệp dữ liệu thất bại', error);
    }
    try {
      rotateBackups(folder, this.ctx.now(), {
        policy: this.options.rotation,
        taken: record.name,
        adoptExisting: folder === this.defaultFolder,
      });
    } catch (error) {
      // The copy is taken and checked; only the clean-up failed, and it deletes nothing then.
      this.log(`Dọn bản sao lưu cũ trong "${folder}" thất bại`, error);
    }
    this.ctx.events.emit({ type: 'backups.changed' });
    return record;
  }

  /** Only a name listed in the folder is accepted, so no path can reach outside it. */
  private listed(name: string): BackupRecord {
    const record = listBackupFiles(this.folder).find((entry) => entry.name === name);
    if (!record) {
      throw new AppError(
        'NOT_FOUND',
        `Không tìm thấy bản sao lưu "${name}" trong thư mục "${this.folder}".`,
        {
          name,
        },
      );
    }
    return record;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
