import type { BackupService } from '../backups/service';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { AppInfo, appMethods } from '../../shared/api/contract-app';
import type { StartupCheck } from './startup-check';

/** Where the data lives and how it is, as the settings page and the status line show it. */
function appInfo(ctx: CoreContext, backups: BackupService, health: StartupCheck): AppInfo {
  const { store } = ctx;
  return {
    version: ctx.version,
    engine: store.engine,
    databasePath: store.path,
    // A server's data is copied by the server's own backups: the app has no folder for them.
    backupsDir: store.file === null ? '' : backups.folder,
    exportsDir: ctx.exportsDir,
    schemaVersion: store.schemaVersion,
    health: health.state,
    healthProblem: health.problem,
  };
}

export function appHandlers(
  ctx: CoreContext,
  backups: BackupService,
  health: StartupCheck,
): HandlersOf<typeof appMethods> {
  return { 'app.info': () => Promise.resolve(appInfo(ctx, backups, health)) };
}
