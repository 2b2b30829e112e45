import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import type { RegisteredFile } from '../core/file-registry';

/**
 * Opening a written file where it is. The window names the file by its handle; the path comes
 * from the registry, so no path sent from outside ever reaches the shell.
 */
export function fileHandlers(ctx: CoreContext): Pick<Handlers, 'files.open' | 'files.reveal'> {
  const written = (handle: string): RegisteredFile => {
    const file = ctx.files.find(handle);
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
  };

  return {
    'files.open': async ({ handle }) => {
      const { path, fileName } = written(handle);
      if (!ctx.shell.openFile) return { opened: false, path };
      try {
        await ctx.shell.openFile(path);
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
    },

    'files.reveal': async ({ handle }) => {
      const { path } = written(handle);
      const { revealFile, openFolder } = ctx.shell;
      if (revealFile) await revealFile(path);
      else if (openFolder) await openFolder(dirname(path));
      else return { opened: false, path };
      return { opened: true, path };
    },
  };
}
