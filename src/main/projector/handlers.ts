import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** The projector screen and the ceremony. */
export function projectorHandlers(ctx: CoreContext): Pick<Handlers, never> {
  void ctx;
  return {};
}
