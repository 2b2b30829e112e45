import type { evotingMethods } from '../../../shared/api/contract-evoting';
import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import { findSlipByLabel } from './queries';
import type { EvotingService } from './service';
import { writeSlipsPdf } from './slips-document';

export function evotingHandlers(
  ctx: CoreContext,
  service: EvotingService,
): HandlersOf<typeof evotingMethods> {
  const { db } = ctx.store;
  return {
    'evoting.interfaces': () => Promise.resolve(service.addresses()),
    'evoting.status': ({ pollId }) => service.status(pollId),
    'evoting.open': ({ pollId, address, port }) => service.start(pollId, address, port),
    'evoting.close': ({ pollId }) => service.stop(pollId),
    'evoting.slipsPdf': (input) => writeSlipsPdf(ctx, service, input),
    'evoting.checkSlip': async ({ pollId, label }) => {
      const slip = await findSlipByLabel(db, pollId, label.toUpperCase().replace(/[\s-]/g, ''));
      return { found: Boolean(slip), usedAt: slip?.used_at ?? null };
    },
  };
}
