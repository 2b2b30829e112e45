import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import { listUnits } from './queries';

export function unitHandlers(ctx: CoreContext): Pick<Handlers, 'units.list'> {
  return { 'units.list': ({ conferenceId }) => listUnits(ctx.store.readDb, conferenceId) };
}
