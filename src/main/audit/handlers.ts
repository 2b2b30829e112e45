import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** The audit log viewer and the log files. */
export function auditHandlers(ctx: CoreContext): Pick<Handlers, never> {
  void ctx;
  return {};
}
