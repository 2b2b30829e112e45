import { existsSync } from 'node:fs';
import type { MethodOutput } from '../../shared/api/contract';
import { AppError } from '../core/app-error';
import type { ShellServices } from '../core/context';
import type { FileRegistry, RegisteredFile } from '../core/file-registry';

/**
 * A written file found by its handle, still where it was written. The path comes from the
 * registry, so no path sent from outside ever reaches the shell.
 */
export function writtenFile(files: FileRegistry, handle: string): RegisteredFile {
  const file = files.find(handle);
  if (!file) {
    throw new AppError(
      'NOT_FOUND',
      'Không tìm thấy tệp này trong các tệp đã xuất từ khi mở ứng dụng. Hãy xuất lại.',
    );
  }
  if (!existsSync(file.path)) {
    throw new AppError(
      'NOT_FOUND',
      `Tệp “${file.fileName}” không còn ở thư mục đã lưu (có thể đã bị xoá hoặc chuyển đi). Hãy xuất lại.`,
    );
  }
  return file;
}

/** Opens the file with the system's program for its kind, when this shell can. */
export async function openWrittenFile(
  shell: ShellServices,
  { path, fileName }: RegisteredFile,
): Promise<MethodOutput<'files.open'>> {
  if (!shell.openFile) return { opened: false, path };
  try {
    await shell.openFile(path);
  } catch (error) {
    // The system said why (often: no program for this kind of file); the user can still
    // reach the file through its folder.
    throw new AppError(
      'INVALID_STATE',
      `Không mở được tệp “${fileName}”: máy có thể chưa có chương trình mở loại tệp này. Hãy bấm “Mở thư mục” để tìm tệp.`,
      { reason: error instanceof Error ? error.message : String(error) },
    );
  }
  return { opened: true, path };
}
