import type { ArchiveImportResult } from '../../shared/archive';
import { ensureShippedTemplates } from '../certificates/templates/queries';
import { MIGRATIONS } from '../db/migrations';
import { drawStaged, type StagedExport } from '../exports/staged';
import type { JobConnection } from '../jobs/tasks';
import { writeArchive, type ArchiveMeta } from './export';
import { importArchive } from './import';
import { openArchive } from './open-archive';
import { transact } from '../db/transact';

/** The archive's copies, run in a job worker on a connection of their own. */

export const KNOWN_SCHEMAS = Object.keys(MIGRATIONS);

export interface ArchiveExportJob {
  conferenceId: number;
  dir: string;
  fileName: string;
  meta: ArchiveMeta;
}

/** The conference copied into an archive file (one read transaction); `rows` is its nominees. */
export async function stageArchive({ db }: JobConnection, job: ArchiveExportJob): Promise<StagedExport> {
  let nominees = 0;
  const staged = await drawStaged(job.dir, job.fileName, async (path) => {
    const { rows } = await writeArchive(db, job.conferenceId, path, job.meta);
    nominees = rows.get('nominees') ?? 0;
  });
  return { fileName: job.fileName, rows: nominees, staged };
}

export interface ArchiveImportJob {
  fileName: string;
  /** The archive file's bytes, already refused by size if too large. */
  bytes: Uint8Array;
  now: string;
}

/** The archived conference written as a new one, in one transaction. */
export async function importArchiveJob(
  { db }: JobConnection,
  job: ArchiveImportJob,
): Promise<ArchiveImportResult> {
  const archive = await openArchive(
    Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
    KNOWN_SCHEMAS,
  );
  try {
    // A shipped template in the archive is matched with ours, which must exist first.
    await ensureShippedTemplates(db, job.now);
    return await transact(db, (trx) => importArchive(trx, archive, { fileName: job.fileName, now: job.now }));
  } finally {
    archive.close();
  }
}
