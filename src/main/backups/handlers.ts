import type { Handlers } from '../core/dispatcher';
import type { BackupService } from './service';

type BackupHandlers = Pick<
  Handlers,
  'backups.list' | 'backups.create' | 'backups.inspect' | 'backups.restore' | 'backups.setFolder'
>;

/** Backups and restore; the service outlives the handler map, which is rebuilt after a restore. */
export function backupHandlers(backups: BackupService): BackupHandlers {
  return {
    'backups.list': () => Promise.resolve(backups.list()),
    'backups.create': () => backups.create(),
    'backups.inspect': ({ name }) => Promise.resolve().then(() => backups.inspect(name)),
    'backups.restore': ({ name }) => backups.restore(name),
    'backups.setFolder': ({ folder }) => backups.setFolder(folder),
  };
}
