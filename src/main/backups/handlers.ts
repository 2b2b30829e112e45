import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { backupMethods } from '../../shared/api/contract-backups';
import type { BackupService } from './service';

type BackupHandlers = HandlersOf<typeof backupMethods>;

/** Backups and restore; the service outlives the handler map, which is rebuilt after a restore. */
export function backupHandlers(ctx: CoreContext, backups: BackupService): BackupHandlers {
  return {
    'backups.list': () => Promise.resolve(backups.list()),
    'backups.create': () => backups.create(),
    'backups.inspect': async ({ name }) => backups.inspect(name),
    'backups.restore': ({ name }) => backups.restore(name),
    'backups.setFolder': ({ folder }) => backups.setFolder(folder),
    'backups.chooseFolder': async () => {
      const { chooseFolder } = ctx.shell;
      if (!chooseFolder) {
        throw new AppError(
          'FORBIDDEN',
          'Trình duyệt không mở được hộp chọn thư mục; hãy gõ đường dẫn thư mục.',
        );
      }
      return { folder: await chooseFolder() };
    },
  };
}
