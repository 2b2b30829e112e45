import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { FileRegistry } from '../core/file-registry';
import { diskFull, isDiskFull } from '../core/disk-full';

/**
 * Every exported file is written beside its destination under a temporary name and put in
 * place only when complete, so a failed write (disk full, say) never leaves a half-written file
 * where the user looks for it. It never takes the place of another file: a name already in the
 * folder gets a running suffix instead (see exportFileName for the naming rule).
 */

// Windows refuses these characters and names in file names (and trailing dots or spaces).
// Control characters (code points below 32 and 127) are refused as well.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
// Invisible format characters (bidi overrides and isolates, zero-width marks, the BOM) can
// make "hoadon<U+202E>xslx.exe" display as an innocent name, or make two names look alike: drop them.
const INVISIBLE = /\p{Cf}/gu;
const MAX_STEM = 150;

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

/**
 * The one naming rule for every file the app writes: "<what> - <which>.<ext>", in Vietnamese
 * with its diacritics (Windows, macOS and Linux keep Unicode names).
 * - what: the kind of document, as the office calls it: "Giấy khen", "Phiếu bầu", "Biên bản
 *   kiểm phiếu", "Danh sách khen thưởng", "Thống kê", "Chương trình"…
 * - which: the one it is: "QĐ 123-QĐ-ThU", the poll's title, the conference's title, a date.
 *   Left out when empty (a name the person typed is used as it is, as `what`).
 * writeExport adds " (2)", " (3)"… when the name is taken, so two batches of one decision, or
 * the same list exported twice, are two files and neither replaces the other.
 */
export function exportFileName(what: string, which: string, extension: string): string {
  const head = safeFileStem(what);
  const tail = safeFileStem(which);
  const stem = head && tail ? `${head} - ${tail}` : head || tail;
  return `${fitStem(stem) || 'Tệp xuất'}.${extension}`;
}

/** A stem cut to MAX_STEM at a word boundary, so a long title loses whole words, not half of one. */
function fitStem(stem: string): string {
  if (stem.length <= MAX_STEM) return stem;
  const cut = stem.slice(0, MAX_STEM - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_STEM / 2 ? cut.slice(0, space) : cut).replace(/[-,. ]+$/, '')}…`;
}

// The app's own double extension stays whole: "Mẫu giấy khen - A (2).hoinghi-mau.json".
const EXTENSION = /(\.hoinghi-mau\.json|\.[^.\s]{1,10})$/i;

/** "Giấy khen - QĐ 12.pdf" numbered n: "Giấy khen - QĐ 12 (n).pdf"; n = 1 is the name itself. */
export function numberedName(fileName: string, n: number): string {
  if (n === 1) return fileName;
  const extension = EXTENSION.exec(fileName)?.[0] ?? '';
  return `${fileName.slice(0, fileName.length - extension.length)} (${n})${extension}`;
}

const MAX_SUFFIX = 9999;

/**
 * Moves the finished temporary file to the first free name of "name", "name (2)", "name (3)"…
 * A hard link claims a name atomically and fails when the name exists, so two exports at once
 * cannot both take it; where links are not supported (a FAT-formatted USB stick), the name is
 * checked first and then renamed to.
 */
async function placeUnderFreeName(temporary: string, dir: string, fileName: string): Promise<string> {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const candidate = numberedName(fileName, n);
    const path = join(dir, candidate);
    try {
      await link(temporary, path);
      await unlink(temporary);
      return candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (existsSync(path)) continue;
      await rename(temporary, path);
      return candidate;
    }
  }
  throw new AppError(
    'WRITE_FAILED',
    `Thư mục xuất tệp đã có quá nhiều tệp tên “${fileName}”. Hãy dọn bớt rồi xuất lại.`,
  );
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
 * Writes atomically under the first free name (see placeUnderFreeName) and returns where the
 * file is, the name it got and its handle; the bytes stay on disk (a 2,000-certificate PDF is
 * never held whole in memory).
 */
export async function writeExport({ dir, fileName, write, rows, files }: ExportWrite): Promise<ExportedFile> {
  const temporary = join(dir, `.${fileName}.${randomBytes(4).toString('hex')}.tmp`);
  let size: number;
  let placed: string;
  try {
    mkdirSync(dir, { recursive: true });
    await write(temporary);
    size = await writtenSize(temporary);
    placed = await placeUnderFreeName(temporary, dir, fileName);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw writeFailure(fileName, error);
  }
  const path = join(dir, placed);
  return { fileName: placed, path, size, rows, handle: files.add({ path, fileName: placed, size }) };
}
