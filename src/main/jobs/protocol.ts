import type { ApiErrorBody } from '../../shared/api/errors';

/** The workerData the core starts a job worker with. */
export const JOB_WORKER_ROLE = 'hoi-nghi:job';

export interface JobStart {
  kind: string;
  input: unknown;
  /** The database file; the worker opens its own connection on it. */
  databasePath: string;
  /** The fonts folder the core found: a worker starts with its own empty module state. */
  fontsDir: string | null;
}

export type ToJobWorker = { type: 'start'; job: JobStart };

/** A failure as it crosses: an AppError keeps its body, anything else its message and errno code. */
export type JobFailure = { appError: ApiErrorBody } | { message: string; code: string | null };

export type FromJobWorker =
  /** The worker has loaded and taken the job: a failure from now on is the job's, not the start's. */
  { type: 'started' } | { type: 'done'; output: unknown } | { type: 'failed'; failure: JobFailure };
