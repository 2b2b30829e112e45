import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { FileRegistry } from '../core/file-registry';
import { diskFull, isDiskFull } from '../core/disk-full';

/**
 * Every exported file is written beside its destination under a temporary name and renamed
 * into place only when complete, so a failed write (disk full, the old file open in Excel)
 * never leaves a half-written file where the user looks for it.
 */

// Windows refuses these characters and names in file names (and trailing dots or spaces).
// Control characters (code points below 32 and 127) are refused as well.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
// Invisible format characters (bidi overrides and isolates, zero-width marks, the BOM) can
// make "hoadon<U+202E>xslx.exe" display as an innocent name, or make two names look alike: drop them.
const INVISIBLE = /\p{Cf}/gu;
const MAX_STEM = 120;

/** A file name stem Windows accepts, keeping Vietnamese letters; "" when nothing is left. */
export function safeFileStem(name: string): string {
  let stem = name.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(FORBIDDEN, '-');
  stem = stem.replace(/-{2,}/g, '-').trim();
  stem = stem
    .slice(0, MAX_STEM)
    .replace(/[. ]+$/g, '')
    .trim();
  // Nothing but dashes and dots says nothing about the file: let the caller's default name it.
  if (/^[-. ]*$/.test(stem)) return '';
  if (RESERVED.test(stem)) stem = `${stem}-`;
  return stem;
}

/** `stem.ext`, with the fallback used when the stem is empty after cleaning. */
export function exportFileName(stem: string, extension: string, fallback: string): string {
  return `${safeFileStem(stem) || fallback}.${extension}`;
}

/** Turns a failed write into a message that says what to do. */
function writeFailure(fileName: string, error: unknown): AppError {
  if (isDiskFull(error)) return diskFull();
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const reason =
    code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'
      ? `Tệp “${fileName}” đang được mở trong chương trình khác (như Excel) hoặc không được phép ghi. Hãy đóng tệp đó rồi xuất lại.`
      : `Không ghi được tệp “${fileName}”.`;
  return new AppError('WRITE_FAILED', `${reason} Tệp cũ (nếu có) vẫn được giữ nguyên.`, { code });
}

export interface ExportWrite {
  /** Folder to write into; created when missing. */
  dir: string;
  fileName: string;
  /** Writes the whole file at `path` (a temporary name in the same folder). */
  write: (path: string) => Promise<void>;
  rows: number;
  /** Where the written file is remembered, so that the shell can open or serve it by handle. */
  files: FileRegistry;
}

/** The size of the file as written, asked of the open file itself rather than of its name. */
async function writtenSize(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/**
 * Writes atomically and returns where the file is and its handle; the bytes stay on disk
 * (a 2,000-certificate PDF is never held whole in memory).
 */
export async function writeExport({ dir, fileName, write, rows, files }: ExportWrite): Promise<ExportedFile> {
  const path = join(dir, fileName);
  const temporary = join(dir, `.${fileName}.${randomBytes(4).toString('hex')}.tmp`);
  let size: number;
  try {
    mkdirSync(dir, { recursive: true });
    await write(temporary);
    size = await writtenSize(temporary);
    await rename(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw writeFailure(fileName, error);
  }
  return { fileName, path, size, rows, handle: files.add({ path, fileName, size }) };
}
