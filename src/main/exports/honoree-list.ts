import type { MethodParams } from '../../shared/api/contract';
import type { ExportedFile } from '../../shared/exports';
import type { CoreContext } from '../core/context';
import { saveListOptions } from './list-options';
import { placeStaged } from './staged';

/**
 * Reading the rows, building the list and drawing the file happen in a job worker on a read-only
 * connection: a 100,000-row list takes seconds the core stays free for.
 */
export async function exportHonoreeList(
  ctx: CoreContext,
  { conferenceId, format, options, fileName }: MethodParams<'exports.honoreeList'>,
): Promise<ExportedFile> {
  const file = await placeStaged(
    ctx.exportsDir,
    ctx.files,
    () =>
      ctx.jobs.run(
        'exports.honoreeList',
        { conferenceId, format, options, fileName, dir: ctx.exportsDir },
        ctx.store,
      ),
    `Danh sách khen thưởng.${format}`,
  );
  // Remembered only once the file is written, so a failed export leaves the last good options.
  await saveListOptions(ctx.store.db, conferenceId, options, ctx.now());
  return file;
}
