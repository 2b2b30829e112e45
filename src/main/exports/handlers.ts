import { rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { ExportedFile } from '../../shared/exports';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import { documentHeading } from '../documents/heading';
import { writeExport } from './files';
import type { StagedExport } from './jobs';
import { readListOptions, saveListOptions } from './list-options';

type ExportHandlers = Pick<Handlers, 'exports.listDefaults' | 'exports.honoreeList' | 'exports.pollResults'>;

/**
 * Puts a file a job worker drew into place through writeExport, like every export. A failure to
 * draw it (disk full, say) is reported by writeExport too, so it reads the same as elsewhere.
 */
async function placeStaged(
  dir: string,
  stage: () => Promise<StagedExport>,
  fallbackName: string,
): Promise<ExportedFile> {
  let staged: StagedExport;
  try {
    staged = await stage();
  } catch (error) {
    if (error instanceof AppError || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    return writeExport({ dir, fileName: fallbackName, rows: 0, write: () => Promise.reject(error) });
  }
  try {
    return await writeExport({
      dir,
      fileName: staged.fileName,
      rows: staged.rows,
      write: (path) => rename(staged.staged, path),
    });
  } finally {
    rmSync(staged.staged, { force: true });
  }
}

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
