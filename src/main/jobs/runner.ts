import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../core/app-error';
import type { Store } from '../db/open';
import { JOB_WORKER_ROLE, type FromJobWorker, type JobFailure, type ToJobWorker } from './protocol';
import type { JobConnection, JobInput, JobKind, JobOutput, TaskTable } from './tasks';

/**
 * Who runs a long job: a worker thread with its own connection in the built app, or this
 * thread on the store's connections where there is no built worker file (vitest runs the
 * TypeScript sources, and a worker cannot load .ts without a loader).
 */
export interface JobRunner {
  readonly kind: 'worker' | 'in-process';
  run<K extends JobKind>(kind: K, input: JobInput<K>, store: Store): Promise<JobOutput<K>>;
}

type AnyRun = (connection: JobConnection, input: unknown) => Promise<unknown>;

/** Runs `tasks` in this thread, on the store's writer or reader as each task's access says. */
export function inProcessJobs(tasks: TaskTable): JobRunner {
  return {
    kind: 'in-process',
    run: async (kind, input, store) => {
      const task = tasks[kind];
      if (!task) throw new Error(`unknown job ${kind}`);
      const connection = { db: task.access === 'write' ? store.db : store.readDb };
      return (await (task.run as AnyRun)(connection, input)) as JobOutput<typeof kind>;
    },
  };
}

/** The worker died before answering: its file could not be loaded (an asar quirk, say). */
export class JobWorkerStartError extends Error {
  override name = 'JobWorkerStartError';
}

export function fromFailure(failure: JobFailure): Error {
  if ('appError' in failure) {
    const { code, message, details } = failure.appError;
    return new AppError(code, message, details);
  }
  const error: NodeJS.ErrnoException = new Error(failure.message);
  if (failure.code !== null) error.code = failure.code;
  return error;
}

export interface WorkerOptions {
  /** For tests: ['--import', 'tsx'] lets a worker run the TypeScript sources. */
  execArgv?: string[];
  /** The fonts folder the core found (a worker starts with its own empty module state). */
  fontsDir?: () => string | null;
}

export function workerJobs(file: string, options: WorkerOptions = {}): JobRunner {
  return {
    kind: 'worker',
    run: (kind, input, store) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(file, { workerData: JOB_WORKER_ROLE, execArgv: options.execArgv });
        let settled = false;
        let started = false;
        const settle = (error: Error | null, output?: unknown) => {
          if (settled) return;
          settled = true;
          // The worker closes its port after answering; terminate() only hurries it.
          void worker.terminate();
          if (error) reject(error);
          else resolve(output as JobOutput<typeof kind>);
        };
        worker.on('message', (message: FromJobWorker) => {
          if (message.type === 'started') started = true;
          else if (message.type === 'done') settle(null, message.output);
          else settle(fromFailure(message.failure));
        });
        const died = (reason: string) =>
          settle(started ? new Error(reason) : new JobWorkerStartError(reason));
        worker.on('error', (error) => died(error.message));
        worker.on('exit', (code) => died(`job worker exited (${code}) before finishing`));
        worker.postMessage({
          type: 'start',
          job: { kind, input, databasePath: store.address, fontsDir: options.fontsDir?.() ?? null },
        } satisfies ToJobWorker);
      }),
  };
}

function here(): string {
  // Bundled as CommonJS or ESM depending on the build; both give the folder of this file.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

export const JOB_WORKER_FILE = 'job-worker.js';

/** out/main/job-worker.js, seen from out/main or from the shared chunks in out/main/chunks. */
export function findJobWorkerFile(start: string = here()): string | null {
  for (const dir of [start, dirname(start)]) {
    const file = join(dir, JOB_WORKER_FILE);
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * The built worker when there is one. Should it fail to even start (a packaging problem), jobs
 * run in this thread from then on: the calls answered meanwhile wait longer, but the job is done.
 */
export function defaultJobRunner(
  tasks: TaskTable,
  log: (message: string) => void,
  options: WorkerOptions = {},
): JobRunner {
  const inProcess = inProcessJobs(tasks);
  const file = findJobWorkerFile();
  if (file === null) return inProcess;
  const threaded = workerJobs(file, options);
  let broken = false;
  return {
    kind: 'worker',
    run: async <K extends JobKind>(kind: K, input: JobInput<K>, store: Store): Promise<JobOutput<K>> => {
      if (!broken) {
        try {
          return await threaded.run(kind, input, store);
        } catch (error) {
          if (!(error instanceof JobWorkerStartError)) throw error;
          broken = true;
          log(`Công việc dài: luồng riêng không chạy được (${error.message}); chạy trong luồng chính.`);
        }
      }
      return inProcess.run(kind, input, store);
    },
  };
}
