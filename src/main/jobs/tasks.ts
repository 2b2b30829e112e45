import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * A long job that runs on a connection of its own, in a job worker (or in the core's thread
 * where there is no built worker). It names whether it writes: a writing job gets a write
 * connection and runs while its caller holds the core's write gate; a reading job gets a
 * read-only one. The app's jobs are listed in app/job-tasks.ts, which adds them to `AppJobs`.
 */
export interface JobTask<Input, Output> {
  access: 'read' | 'write';
  run: (connection: JobConnection, input: Input) => Promise<Output>;
}

/** One connection of the job's own, through Kysely. */
export interface JobConnection {
  db: Kysely<Database>;
}

export const task = <Input, Output>(
  access: JobTask<Input, Output>['access'],
  run: JobTask<Input, Output>['run'],
): JobTask<Input, Output> => ({ access, run });

/** A table of tasks by kind: the app's, or a part of it (a test, a crash child). */
export type TaskTable = Record<string, JobTask<never, unknown>>;

/**
 * The app's jobs by kind, filled in by app/job-tasks.ts (module augmentation), so that the
 * runner and the core's context know the jobs' shapes without this folder importing a domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by app/job-tasks.ts
export interface AppJobs {}
export type JobKind = keyof AppJobs;
export type JobInput<K extends JobKind> = Parameters<AppJobs[K]['run']>[1];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<AppJobs[K]['run']>>;
