import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { exportMethods } from '../../shared/api/contract-exports';
import { documentHeading } from '../documents/heading';
import { readListOptions, saveListOptions } from './list-options';
import { placeStaged } from './staged';

type ExportHandlers = HandlersOf<typeof exportMethods>;

export function exportHandlers(ctx: CoreContext): ExportHandlers {
  const { db, readDb } = ctx.store;

  return {
    'exports.listDefaults': async ({ conferenceId }) =>
      readListOptions(readDb, await documentHeading(readDb, conferenceId)),

    // Reading the rows, building the list and drawing the file happen in a job worker on a
    // read-only connection: a 100,000-row list takes seconds the core stays free for.
    'exports.honoreeList': async ({ conferenceId, format, options, fileName }) => {
      const file = await placeStaged(
        ctx.exportsDir,
        ctx.files,
        () =>
          ctx.jobs.run(
            'exports.honoreeList',
            { conferenceId, format, options, fileName, dir: ctx.exportsDir },
            ctx.store,
          ),
        `Danh sach khen thuong.${format}`,
      );
      // Remembered only once the file is written, so a failed export leaves the last good options.
      await saveListOptions(db, conferenceId, options, ctx.now());
      return file;
    },

    'exports.pollResults': ({ conferenceId, format }) =>
      placeStaged(
        ctx.exportsDir,
        ctx.files,
        () =>
          ctx.jobs.run(
            'exports.pollResults',
            { conferenceId, format, dir: ctx.exportsDir, now: ctx.now().toISOString() },
            ctx.store,
          ),
        `Ket qua binh xet.${format}`,
      ),
  };
}
