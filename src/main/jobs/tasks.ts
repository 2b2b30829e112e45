import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { stageHonoreeList, stagePollResults } from '../exports/jobs';
import { commitImport } from '../imports/commit';

/**
 * The long jobs that run on a connection of their own, in a job worker (or in the core's
 * thread where there is no built worker). Each names whether it writes: a writing job gets a
 * write connection and holds the core's write gate; a reading job gets a read-only one.
 */
export interface JobTask<Input, Output> {
  access: 'read' | 'write';
  run: (db: Kysely<Database>, input: Input) => Promise<Output>;
}

const task = <Input, Output>(
  access: JobTask<Input, Output>['access'],
  run: JobTask<Input, Output>['run'],
): JobTask<Input, Output> => ({ access, run });

export const JOB_TASKS = {
  'imports.commit': task('write', commitImport),
  'exports.honoreeList': task('read', stageHonoreeList),
  'exports.pollResults': task('read', stagePollResults),
};

export type JobKind = keyof typeof JOB_TASKS;
export type JobInput<K extends JobKind> = Parameters<(typeof JOB_TASKS)[K]['run']>[1];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof JOB_TASKS)[K]['run']>>;
/** A table of tasks a worker serves: the app's, or a test's. */
export type TaskTable = Record<string, JobTask<never, unknown>>;
