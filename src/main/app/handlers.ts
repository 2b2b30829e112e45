import type { BackupService } from '../backups/service';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { appMethods } from '../../shared/api/contract-app';
import type { StartupCheck } from './startup-check';

export function appHandlers(
  ctx: CoreContext,
  backups: BackupService,
  health: StartupCheck,
): HandlersOf<typeof appMethods> {
  const { store } = ctx;
  return {
    'app.info': () =>
      Promise.resolve({
        version: ctx.version,
        engine: store.engine,
        databasePath: store.path,
        backupsDir: store.file === null ? '' : backups.folder,
        exportsDir: ctx.exportsDir,
        schemaVersion: store.schemaVersion,
        health: health.state,
        healthProblem: health.problem,
      }),
  };
}
