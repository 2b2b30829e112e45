import { ARCHIVE_EXTENSION } from '../../shared/archive';
import { ensureShippedTemplates } from '../certificates/templates/queries';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { archiveMethods } from '../../shared/api/contract-archive';
import { MIGRATIONS } from '../db/migrations';
import { exportFileName, writeExport } from '../exports/files';
import { writeArchive } from './export';
import { importArchive } from './import';
import { decodeArchive, openArchive } from './open-archive';

type ArchiveHandlers = HandlersOf<typeof archiveMethods>;

const KNOWN_SCHEMAS = Object.keys(MIGRATIONS);

/** Conference archives: one conference out as a .hoinghi file, and in as a new conference. */
export function archiveHandlers(ctx: CoreContext): ArchiveHandlers {
  const { db } = ctx.store;

  return {
    'archive.export': async ({ conferenceId }) => {
      const conference = await findConference(db, conferenceId);
      if (!conference) throw notFound(`hội nghị #${conferenceId}`);
      return writeExport({
        dir: ctx.exportsDir,
        fileName: exportFileName(conference.title, ARCHIVE_EXTENSION, 'Hoi nghi'),
        rows: 0,
        write: async (path) => {
          await writeArchive(db, conferenceId, path, {
            appVersion: ctx.version,
            schemaVersion: ctx.store.schemaVersion,
            exportedAt: ctx.now().toISOString(),
          });
        },
      }).then(async (file) => {
        const nominees = await db
          .selectFrom('nominees')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('conference_id', '=', conferenceId)
          .executeTakeFirstOrThrow();
        return { ...file, rows: Number(nominees.n) };
      });
    },

    'archive.inspect': async ({ contentBase64 }) => {
      const archive = await openArchive(decodeArchive(contentBase64), KNOWN_SCHEMAS);
      archive.close();
      return archive.summary;
    },

    'archive.import': async ({ fileName, contentBase64 }) => {
      const archive = await openArchive(decodeArchive(contentBase64), KNOWN_SCHEMAS);
      try {
        const now = ctx.now().toISOString();
        // A shipped template in the archive is matched with ours, which must exist first.
        await ensureShippedTemplates(db, now);
        const result = await db
          .transaction()
          .execute((trx) => importArchive(trx, archive, { fileName, now }));
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
