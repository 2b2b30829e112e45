import type { Kysely } from 'kysely';
import type { ImportColumn } from '../../shared/imports';
import type { NomineeValues } from '../../shared/nominees';
import { appendAudit } from '../audit/log';
import type { Database } from '../db/schema';
import { insertNominees, newWriteContext, nomineeInserter } from '../nominees/write';
import { refuseAlreadyNominated } from './already-nominated';
import { saveMapping } from './mappings';
import { transact } from '../db/transact';

/** What an import commit writes, checked beforehand by the core; it crosses to a job worker as is. */
export interface ImportCommitJob {
  conferenceId: number;
  fileName: string;
  sheetName: string;
  rows: { row: number; values: NomineeValues }[];
  /** Rows the person left out, for the audit entry. */
  skipped: number;
  /** Rows the person chose to write although they are already nominees of the conference. */
  writeAlreadyNominated: number[];
  /** The heading row's mapping, to remember for the next file with the same headings. */
  mapping: { signature: string; columns: ImportColumn[] } | null;
  now: string;
}

/**
 * Writes the accepted rows in one transaction, all or none: the nominees with their search
 * index, the audit entry and the remembered mapping. Rows already in the conference that the
 * person did not confirm refuse the whole write. `db` is a connection of its own when the
 * commit runs in a job worker.
 */
export async function commitImport(
  db: Kysely<Database>,
  job: ImportCommitJob,
): Promise<{ unitsCreated: number }> {
  const write = newWriteContext(job.now);
  // Prepared on the connection before the transaction opens; it runs inside it.
  const inserter = nomineeInserter(db);
  await transact(db, async (trx) => {
    const items = job.rows.map(({ row, values }) => ({ values, source: { file: job.fileName, row } }));
    const ids = await insertNominees(trx, job.conferenceId, items, write, inserter);
    // Judged on the keys just stored, within the write: rows already listed roll it all back.
    await refuseAlreadyNominated(trx, job.conferenceId, ids, job.writeAlreadyNominated);
    // Counts only: the rows themselves are the nominees, each traceable to its file and row.
    await appendAudit(trx, write.now, {
      conferenceId: job.conferenceId,
      entity: 'import',
      entityId: null,
      action: 'create',
      detail: job.fileName,
      after: { sheet: job.sheetName, created: job.rows.length, skipped: job.skipped },
    });
    if (job.mapping) await saveMapping(trx, job.mapping.signature, job.mapping.columns, write.now);
  });
  return { unitsCreated: write.unitsCreated };
}
