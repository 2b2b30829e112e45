import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { unitMethods } from '../../shared/api/contract-units';
import { listUnits } from './queries';

export function unitHandlers(ctx: CoreContext): HandlersOf<typeof unitMethods> {
  return { 'units.list': ({ conferenceId }) => listUnits(ctx.store.readDb, conferenceId) };
}
