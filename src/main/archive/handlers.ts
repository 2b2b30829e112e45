import { ARCHIVE_EXTENSION } from '../../shared/archive';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { archiveMethods } from '../../shared/api/contract-archive';
import { exportFileName } from '../exports/files';
import { placeStaged } from '../exports/staged';
import { KNOWN_SCHEMAS } from './jobs';
import { decodeArchive, openArchive } from './open-archive';

type ArchiveHandlers = HandlersOf<typeof archiveMethods>;

/**
 * Conference archives: one conference out as a .hoinghi file, and in as a new conference. Both
 * copies run in a job worker on a connection of its own; the import holds the write gate.
 */
export function archiveHandlers(ctx: CoreContext): ArchiveHandlers {
  const { db } = ctx.store;

  return {
    'archive.export': async ({ conferenceId }) => {
      const conference = await findConference(db, conferenceId);
      if (!conference) throw notFound(`hội nghị #${conferenceId}`);
      const fileName = exportFileName(conference.title, ARCHIVE_EXTENSION, 'Hoi nghi');
      const meta = {
        appVersion: ctx.version,
        schemaVersion: ctx.store.schemaVersion,
        exportedAt: ctx.now().toISOString(),
      };
      return placeStaged(
        ctx.exportsDir,
        ctx.files,
        () =>
          ctx.jobs.run('archive.export', { conferenceId, dir: ctx.exportsDir, fileName, meta }, ctx.store),
        fileName,
      );
    },

    'archive.inspect': async ({ contentBase64 }) => {
      const archive = await openArchive(decodeArchive(contentBase64), KNOWN_SCHEMAS);
      archive.close();
      return archive.summary;
    },

    'archive.import': async ({ fileName, contentBase64 }) => {
      const bytes = decodeArchive(contentBase64);
      const job = { fileName, bytes, now: ctx.now().toISOString() };
      const result = await ctx.gate.exclusively(() => ctx.jobs.run('archive.import', job, ctx.store));
      ctx.events.emit({ type: 'conferences.changed', id: result.conferenceId });
      ctx.events.emit({ type: 'nominees.changed', conferenceId: result.conferenceId });
      ctx.events.emit({ type: 'decisions.changed', conferenceId: result.conferenceId });
      if (result.awardFormsCreated > 0) ctx.events.emit({ type: 'awards.changed' });
      if (result.templatesCreated > 0) ctx.events.emit({ type: 'templates.changed' });
      ctx.events.emit({ type: 'audit.changed' });
      return result;
    },
  };
}
