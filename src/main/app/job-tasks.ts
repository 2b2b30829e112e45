import { importArchiveJob, stageArchive } from '../archive/jobs';
import { integrityProblem } from '../backups/take';
import { checkBatch } from '../certificates/batch';
import { checkDatabaseFile } from '../db/check';
import type { BatchSelection } from '../certificates/selection';
import {
  stageHonoreeList,
  stagePollResults,
  type HonoreeListJob,
  type PollResultsJob,
} from '../exports/jobs';
import { commitImport, type ImportCommitJob } from '../imports/commit';
import { stagePaymentList, type PaymentListJob } from '../money/export';
import { task, type TaskTable } from '../jobs/tasks';

/** The app's long jobs, by the method that starts them. */
export const JOB_TASKS = {
  'imports.commit': task('write', ({ db }, job: ImportCommitJob) => commitImport(db, job)),
  'exports.honoreeList': task('read', ({ db }, job: HonoreeListJob) => stageHonoreeList(db, job)),
  'exports.pollResults': task('read', ({ db }, job: PollResultsJob) => stagePollResults(db, job)),
  'exports.paymentList': task('read', ({ db }, job: PaymentListJob) => stagePaymentList(db, job)),
  // Lays out every field of every certificate: seconds for 2,000, off the core's thread.
  'certificates.check': task('read', ({ db }, selection: BatchSelection) => checkBatch(db, selection)),
  'archive.export': task('read', stageArchive),
  'archive.import': task('write', importArchiveJob),
  // Checks a copy of the file, not the file: the connection it is given goes unused.
  'backups.check': task('read', (_connection, { path }: { path: string }) =>
    Promise.resolve(integrityProblem(path)),
  ),
  // The check an open at start-up leaves for later (db/check.ts); its own connection, likewise.
  'database.check': task('read', (_connection, { path }: { path: string }) =>
    Promise.resolve(checkDatabaseFile(path)),
  ),
};

export const APP_TASKS = JOB_TASKS as unknown as TaskTable;

type AppJobTable = typeof JOB_TASKS;
declare module '../jobs/tasks' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the kinds come from the table
  interface AppJobs extends AppJobTable {}
}
