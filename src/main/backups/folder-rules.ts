import { posix, win32 } from 'node:path';

/**
 * Where a backup may go, as a pure rule on the path. SQLite and Windows' classic API cannot open
 * a file past 260 characters, and the backup's own name takes about 50: the folder must stay
 * under this.
 */
export const MAX_BACKUP_FOLDER_LENGTH = 240;

/** Folders of the system and of installed programs, where copies would be lost or refused. */
const POSIX_SYSTEM_FOLDERS = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/proc',
  '/run',
  '/sbin',
  '/snap',
  '/sys',
  '/usr',
  '/var/lib',
  '/var/cache',
  '/var/run',
  '/System',
  '/Applications',
  '/Library',
];
const WINDOWS_SYSTEM_FOLDERS = [
  'C:\\Windows',
  'C:\\Program Files',
  'C:\\Program Files (x86)',
  'C:\\ProgramData',
];

const RESERVED_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export interface FolderRuleOptions {
  /** The app's own install folders (its resources, its executable, its script). */
  installFolders?: readonly string[];
}

/** A drive-letter or UNC path is read with Windows' rules whatever system the check runs on. */
function looksWindows(path: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || /^[a-z]:[\\/]/i.test(path) || /^\\\\/.test(path);
}

function isInside(folder: string, parent: string, windows: boolean): boolean {
  const path = windows ? win32 : posix;
  const a = path.normalize(folder);
  const b = path.normalize(parent).replace(/[\\/]+$/, '');
  const [left, right] = windows ? [a.toLowerCase(), b.toLowerCase()] : [a, b];
  return left === right || left.startsWith(`${right}${path.sep}`);
}

/** `/lib`, `/lib32`, `/lib64`, `/libx32`, `/libexec`: the library folders at the root. */
function isPosixLibFolder(folder: string): boolean {
  return /^\/lib(32|64|x32|exec)?(\/|$)/.test(posix.normalize(folder));
}

/**
 * Why backups must not go to `folder` (a Vietnamese sentence), or null when they may. Only the
 * path is looked at; whether it exists and takes a file is checked apart.
 */
export function backupFolderProblem(
  folder: string,
  platform: NodeJS.Platform,
  options: FolderRuleOptions = {},
): string | null {
  const windows = looksWindows(folder, platform);
  const path = windows ? win32 : posix;
  const normal = path.normalize(folder);
  if (normal.length > MAX_BACKUP_FOLDER_LENGTH) {
    return (
      `Đường dẫn thư mục quá dài (${normal.length} ký tự, tối đa ${MAX_BACKUP_FOLDER_LENGTH}): ` +
      'Windows và SQLite không mở được tệp sao lưu ở đó. Hãy chọn thư mục có đường dẫn ngắn hơn.'
    );
  }
  const segments = normal.split(/[\\/]+/).filter((segment) => segment !== '' && !/^[a-z]:$/i.test(segment));
  const reserved = segments.find((segment) => RESERVED_NAME.test(segment.replace(/[. ]+$/, '')));
  if (reserved !== undefined) {
    return (
      `Tên “${reserved}” trong đường dẫn là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9) ` +
      'nên không dùng làm thư mục được. Hãy đổi tên thư mục.'
    );
  }
  const system = windows
    ? WINDOWS_SYSTEM_FOLDERS.some((parent) => isInside(normal, parent, true))
    : normal === '/' ||
      isPosixLibFolder(normal) ||
      POSIX_SYSTEM_FOLDERS.some((parent) => isInside(normal, parent, false));
  if (system) {
    return (
      `“${normal}” là thư mục của hệ thống hoặc của chương trình: không sao lưu vào đó được. ` +
      'Hãy chọn một thư mục của bạn, ví dụ trong Tài liệu hoặc trên ổ USB.'
    );
  }
  const install = (options.installFolders ?? []).find(
    (parent) => parent !== '' && isInside(normal, parent, looksWindows(parent, platform)),
  );
  if (install !== undefined) {
    return (
      `“${normal}” nằm trong thư mục cài đặt của ứng dụng: bản sao lưu sẽ mất khi cập nhật hoặc gỡ ứng dụng. ` +
      'Hãy chọn thư mục khác.'
    );
  }
  return null;
}
