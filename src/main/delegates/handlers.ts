import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** Delegates, their import and check-in. */
export function delegateHandlers(ctx: CoreContext): Pick<Handlers, never> {
  void ctx;
  return {};
}
