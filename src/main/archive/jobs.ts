import type { ArchiveImportResult } from '../../shared/archive';
import { ensureShippedTemplates } from '../certificates/templates/queries';
import { MIGRATIONS } from '../db/migrations';
import { drawStaged, type StagedExport } from '../exports/staged';
import type { JobConnection } from '../jobs/tasks';
import { writeArchive, type ArchiveMeta } from './export';
import { importArchive } from './import';
import { openArchive } from './open-archive';

/** The archive's copies, run in a job worker on a connection of their own. */

export const KNOWN_SCHEMAS = Object.keys(MIGRATIONS);

export interface ArchiveExportJob {
  conferenceId: number;
  dir: string;
  fileName: string;
  meta: ArchiveMeta;
}

/** The conference copied into an archive file; `rows` is its nominees. */
export async function stageArchive({ sqlite }: JobConnection, job: ArchiveExportJob): Promise<StagedExport> {
  let nominees = 0;
  const staged = await drawStaged(job.dir, job.fileName, (path) => {
    // One read transaction: every table is copied from the same committed state.
    sqlite.exec('begin');
    try {
      const { rows } = writeArchive(sqlite, job.conferenceId, path, job.meta);
      nominees = rows.get('nominees') ?? 0;
    } finally {
      sqlite.exec('commit');
    }
    return Promise.resolve();
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
  { db, sqlite }: JobConnection,
  job: ArchiveImportJob,
): Promise<ArchiveImportResult> {
  const archive = openArchive(
    Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
    KNOWN_SCHEMAS,
  );
  try {
    // A shipped template in the archive is matched with ours, which must exist first.
    await ensureShippedTemplates(db, job.now);
    return await db
      .transaction()
      .execute(() =>
        Promise.resolve(importArchive(sqlite, archive, { fileName: job.fileName, now: job.now })),
      );
  } finally {
    archive.close();
  }
}
