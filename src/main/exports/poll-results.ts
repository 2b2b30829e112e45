import type { MethodParams } from '../../shared/api/contract';
import type { ExportedFile } from '../../shared/exports';
import type { CoreContext } from '../core/context';
import { placeStaged } from './staged';

/** The poll results are read and drawn in a job worker too, then put in place by the core. */
export function exportPollResults(
  ctx: CoreContext,
  { conferenceId, format }: MethodParams<'exports.pollResults'>,
): Promise<ExportedFile> {
  return placeStaged(
    ctx.exportsDir,
    ctx.files,
    () =>
      ctx.jobs.run(
        'exports.pollResults',
        { conferenceId, format, dir: ctx.exportsDir, now: ctx.now().toISOString() },
        ctx.store,
      ),
    `Kết quả bình xét.${format}`,
  );
}
