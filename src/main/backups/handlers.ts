import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** Backups and restore. */
export function backupHandlers(ctx: CoreContext): Pick<Handlers, never> {
  void ctx;
  return {};
}
