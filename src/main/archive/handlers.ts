import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { archiveMethods } from '../../shared/api/contract-archive';
import { KNOWN_SCHEMAS } from './jobs';
import { decodeArchive, openArchive } from './open-archive';
import { exportArchive, importArchiveFile } from './service';

type ArchiveHandlers = HandlersOf<typeof archiveMethods>;

/**
 * Conference archives: one conference out as a .hoinghi file, and in as a new conference. Both
 * copies run in a job worker on a connection of its own; the import holds the write gate.
 */
export function archiveHandlers(ctx: CoreContext): ArchiveHandlers {
  return {
    'archive.export': ({ conferenceId }) => exportArchive(ctx, conferenceId),

    'archive.inspect': async ({ contentBase64 }) => {
      const archive = await openArchive(decodeArchive(contentBase64), KNOWN_SCHEMAS);
      archive.close();
      return archive.summary;
    },

    'archive.import': ({ fileName, contentBase64 }) => importArchiveFile(ctx, fileName, contentBase64),
  };
}
