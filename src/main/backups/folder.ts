import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { AppError } from '../core/app-error';
import { diskFull, isDiskFull } from '../core/disk-full';
import { backupFolderProblem } from './folder-rules';

/** How long checking a chosen folder may take before it is refused (a hung drive or share). */
export const FOLDER_CHECK_MS = 3_000;

const KEPT = 'Thư mục sao lưu vẫn giữ như cũ.';

/** The file written and removed to prove that the folder takes a file. */
export function folderProbeName(): string {
  return `.hoi-nghi-kiem-tra-${process.pid}`;
}

/**
 * Creates the folder and its missing parents one level at a time. Node's own recursive mkdir
 * loops for ever where a parent exists but refuses children without saying why (under /proc),
 * so each level is tried a bounded number of times.
 */
async function makeFolder(folder: string, depth = 0): Promise<void> {
  try {
    await mkdir(folder);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(folder);
    if (code !== 'ENOENT' || parent === folder || depth > 64) throw error;
  }
  await makeFolder(dirname(folder), depth + 1);
  await mkdir(folder).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
}

/**
 * Where the app itself is installed: the parent of Electron's resources folder, or the folder of
 * the script Node runs. Copies kept there would go with the next update or uninstall.
 */
export function appInstallFolders(): string[] {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) return [dirname(resources), dirname(process.execPath)];
  const script = process.argv[1];
  return script && isAbsolute(script) ? [dirname(script)] : [];
}

function refuse(message: string): AppError {
  return new AppError('VALIDATION', `${message} ${KEPT}`, { fields: [{ path: 'folder', key: 'invalid' }] });
}

/** Refuses an existing file; creates the folder if missing and writes then removes a probe file. */
async function proveWritable(folder: string): Promise<void> {
  const existing = await stat(folder).catch(() => null);
  if (existing && !existing.isDirectory()) {
    throw refuse(`“${folder}” là một tệp, không phải thư mục. Hãy chọn một thư mục.`);
  }
  const probe = join(folder, folderProbeName());
  try {
    await makeFolder(folder);
    await writeFile(probe, 'ok');
  } catch (error) {
    if (isDiskFull(error)) throw diskFull();
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new AppError(
      'WRITE_FAILED',
      `Không dùng được thư mục "${folder}" để sao lưu (${reason}): thư mục không tạo được hoặc không ghi được. ${KEPT}`,
      { folder },
    );
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

/** Rejects with a Vietnamese refusal when `work` has not settled within `ms`. */
function withinTime<T>(work: Promise<T>, ms: number, folder: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new AppError(
          'WRITE_FAILED',
          `Thư mục "${folder}" không trả lời sau ${Math.round(ms / 1000)} giây (ổ USB hoặc ổ mạng bị treo?). ${KEPT}`,
          { folder },
        ),
      );
    }, ms);
  });
  // A check that finishes after the refusal must not surface as an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Checks a folder chosen for backups: absolute, not the system's or the app's, a name Windows
 * can open, creatable and writable within a time limit. Everything that touches the disk is
 * asynchronous, so a folder that never answers never holds up the core.
 */
export async function checkBackupFolder(
  input: string,
  folder: string,
  timeoutMs = FOLDER_CHECK_MS,
): Promise<void> {
  if (!isAbsolute(input)) {
    throw new AppError(
      'VALIDATION',
      `Hãy nhập đường dẫn đầy đủ của thư mục (ví dụ E:\\SaoLuu), không phải "${input}".`,
      { fields: [{ path: 'folder', key: 'invalid' }] },
    );
  }
  const problem = backupFolderProblem(folder, process.platform, { installFolders: appInstallFolders() });
  if (problem !== null) throw refuse(problem);
  await withinTime(proveWritable(folder), timeoutMs, folder);
}
