import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';

/** The agenda and its run mode. */
export function agendaHandlers(ctx: CoreContext): Pick<Handlers, never> {
  void ctx;
  return {};
}
