import { ARCHIVE_EXTENSION, type ArchiveImportResult } from '../../shared/archive';
import type { WrittenFile } from '../../shared/files';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import { exportFileName } from '../exports/files';
import { placeStaged } from '../exports/staged';
import { decodeArchive } from './open-archive';

/** One conference copied out as a .hoinghi file, by a job worker on a read-only connection. */
export async function exportArchive(ctx: CoreContext, conferenceId: number): Promise<WrittenFile> {
  const conference = await findConference(ctx.store.db, conferenceId);
  if (!conference) throw notFound(`hội nghị #${conferenceId}`);
  const fileName = exportFileName('Lưu trữ', conference.title, ARCHIVE_EXTENSION);
  const meta = {
    appVersion: ctx.version,
    schemaVersion: ctx.store.schemaVersion,
    exportedAt: ctx.now().toISOString(),
  };
  const job = { conferenceId, dir: ctx.exportsDir, fileName, meta };
  return placeStaged(
    ctx.exportsDir,
    ctx.files,
    () => ctx.jobs.run('archive.export', job, ctx.store),
    fileName,
  );
}

/**
 * An archive written as a new conference by a job worker on its own connection; the core's own
 * writes wait at the gate meanwhile. Every window then refreshes what the import touched.
 */
export async function importArchiveFile(
  ctx: CoreContext,
  fileName: string,
  contentBase64: string,
): Promise<ArchiveImportResult> {
  const job = { fileName, bytes: decodeArchive(contentBase64), now: ctx.now().toISOString() };
  const result = await ctx.gate.exclusively(() => ctx.jobs.run('archive.import', job, ctx.store));
  const { conferenceId } = result;
  ctx.events.emit({ type: 'conferences.changed', id: conferenceId });
  ctx.events.emit({ type: 'nominees.changed', conferenceId });
  ctx.events.emit({ type: 'decisions.changed', conferenceId });
  if (result.awardFormsCreated > 0) ctx.events.emit({ type: 'awards.changed' });
  if (result.templatesCreated > 0) ctx.events.emit({ type: 'templates.changed' });
  ctx.events.emit({ type: 'audit.changed' });
  return result;
}
