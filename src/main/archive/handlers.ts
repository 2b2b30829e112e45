import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** Conference archives. */
export function archiveHandlers(ctx: CoreContext): Pick<Handlers, never> {
  void ctx;
  return {};
}
