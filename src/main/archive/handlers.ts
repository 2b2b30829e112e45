import { ARCHIVE_EXTENSION } from '../../shared/archive';
import { ensureShippedTemplates } from '../certificates/templates/queries';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { archiveMethods } from '../../shared/api/contract-archive';
import { MIGRATIONS } from '../db/migrations';
import { countNominees } from '../nominees/queries';
import { exportFileName, writeExport } from '../exports/files';
import { writeArchive } from './export';
import { importArchive } from './import';
import { decodeArchive, openArchive } from './open-archive';

type ArchiveHandlers = HandlersOf<typeof archiveMethods>;

const KNOWN_SCHEMAS = Object.keys(MIGRATIONS);

/** Conference archives: one conference out as a .hoinghi file, and in as a new conference. */
export function archiveHandlers(ctx: CoreContext): ArchiveHandlers {
  const { db, sqlite } = ctx.store;

  return {
    'archive.export': async ({ conferenceId }) => {
      const conference = await findConference(db, conferenceId);
      if (!conference) throw notFound(`hội nghị #${conferenceId}`);
      return writeExport({
        dir: ctx.exportsDir,
        fileName: exportFileName(conference.title, ARCHIVE_EXTENSION, 'Hoi nghi'),
        rows: 0,
        // Holding the connection keeps any transaction in flight out of what is read.
        write: (path) =>
          db.connection().execute(() => {
            writeArchive(sqlite, conferenceId, path, {
              appVersion: ctx.version,
              schemaVersion: ctx.store.schemaVersion,
              exportedAt: ctx.now().toISOString(),
            });
            return Promise.resolve();
          }),
      }).then(async (file) => {
        return { ...file, rows: await countNominees(db, conferenceId) };
      });
    },

    'archive.inspect': ({ contentBase64 }) => {
      const archive = openArchive(decodeArchive(contentBase64), KNOWN_SCHEMAS);
      archive.close();
      return Promise.resolve(archive.summary);
    },

    'archive.import': async ({ fileName, contentBase64 }) => {
      const archive = openArchive(decodeArchive(contentBase64), KNOWN_SCHEMAS);
      try {
        const now = ctx.now().toISOString();
        // A shipped template in the archive is matched with ours, which must exist first.
        await ensureShippedTemplates(db, now);
        const result = await db
          .transaction()
          .execute(() => Promise.resolve(importArchive(sqlite, archive, { fileName, now })));
        ctx.events.emit({ type: 'conferences.changed', id: result.conferenceId });
        ctx.events.emit({ type: 'nominees.changed', conferenceId: result.conferenceId });
        ctx.events.emit({ type: 'decisions.changed', conferenceId: result.conferenceId });
        if (result.awardFormsCreated > 0) ctx.events.emit({ type: 'awards.changed' });
        if (result.templatesCreated > 0) ctx.events.emit({ type: 'templates.changed' });
        ctx.events.emit({ type: 'audit.changed' });
        return result;
      } finally {
        archive.close();
      }
    },
  };
}
