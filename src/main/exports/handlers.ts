import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { exportMethods } from '../../shared/api/contract-exports';
import { documentHeading } from '../documents/heading';
import { exportHonoreeList } from './honoree-list';
import { readListOptions } from './list-options';
import { exportPollResults } from './poll-results';

type ExportHandlers = HandlersOf<typeof exportMethods>;

export function exportHandlers(ctx: CoreContext): ExportHandlers {
  const { readDb } = ctx.store;

  return {
    'exports.listDefaults': async ({ conferenceId }) =>
      readListOptions(readDb, await documentHeading(readDb, conferenceId)),

    // Drawn in a job worker; the core stays free for other calls meanwhile.
    'exports.honoreeList': (input) => exportHonoreeList(ctx, input),

    'exports.pollResults': (input) => exportPollResults(ctx, input),
  };
}
