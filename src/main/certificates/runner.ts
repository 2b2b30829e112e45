import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../core/app-error';
import { openJobConnection } from '../jobs/serve';
import { drawBatch, type DrawOptions } from './batch';
import { renderCertificates } from './engine';
import {
  WORKER_ROLE,
  type BatchJob,
  type FromWorker,
  type PrintedBatch,
  type PrintJob,
  type ToWorker,
} from './worker-protocol';

/**
 * Who draws a batch: a worker thread in the built app, or this thread where there is no built
 * worker file (vitest runs the TypeScript sources, and a worker cannot load .ts).
 */
export interface RunOptions {
  onProgress: (done: number) => void;
  signal: AbortSignal;
}

export interface PrintRunner {
  readonly kind: 'worker' | 'in-process';
  /** Resolves once the whole PDF is at job.path; rejects (after `signal` aborts, too) otherwise. */
  run(job: PrintJob, options: RunOptions): Promise<void>;
  /** Reads, checks and draws a batch on a read-only connection of its own (see batch.ts). */
  print(job: BatchJob, options: DrawOptions): Promise<PrintedBatch>;
}

const toBuffer = (bytes: Uint8Array | null): Buffer | null =>
  bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export const inProcessRunner: PrintRunner = {
  kind: 'in-process',
  run: async (job, { onProgress, signal }) => {
    signal.throwIfAborted();
    const images = { background: toBuffer(job.images.background), emblem: toBuffer(job.images.emblem) };
    await renderCertificates(job.body, job.texts, images, job.path, { onProgress, signal });
  },
  print: async (job, options) => {
    options.signal.throwIfAborted();
    const { db } = openJobConnection(job.databasePath, 'read');
    try {
      return await drawBatch(db, job.request, options);
    } finally {
      await db.destroy();
    }
  },
};

/** A worker that has not stopped this long after a cancel is terminated. */
const CANCEL_GRACE_MS = 5_000;

/** The worker died before saying anything: its file could not be loaded (an asar quirk, say). */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

interface Conversation {
  signal: AbortSignal;
  onProgress: (done: number) => void;
  onPrepared?: (total: number) => void;
}

/** One job in a worker of its own: start it, relay its progress, cancel it politely. */
function converse(
  file: string,
  start: ToWorker,
  options: Conversation & WorkerOptions,
): Promise<PrintedBatch | undefined> {
  const { signal, onProgress, onPrepared, execArgv } = options;
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const worker = new Worker(file, { workerData: WORKER_ROLE, execArgv });
    let settled = false;
    let heard = false;
    let grace: NodeJS.Timeout | undefined;
    const settle = (error: Error | null, batch?: PrintedBatch) => {
      if (settled) return;
      settled = true;
      clearTimeout(grace);
      signal.removeEventListener('abort', cancel);
      // The worker closes its port after its last message; terminate() only hurries it.
      void worker.terminate();
      if (error) reject(error);
      else resolve(batch);
    };
    // A cancel is asked for politely, so the worker closes its file before the core
    // removes it (Windows refuses to delete an open file); a hung worker is then ended.
    const cancel = () => {
      worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      grace = setTimeout(() => settle(new Error('print worker did not stop')), CANCEL_GRACE_MS);
    };
    signal.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: FromWorker) => {
      heard = true;
      if (message.type === 'progress') onProgress(message.done);
      else if (message.type === 'prepared') onPrepared?.(message.total);
      else if (message.type === 'done') settle(null, message.batch);
      else if (message.appError && !message.aborted) {
        const { code, message: text, details } = message.appError;
        settle(new AppError(code, text, details));
      } else settle(new Error(message.aborted ? 'cancelled' : message.message));
    });
    const died = (reason: string) =>
      settle(heard || signal.aborted ? new Error(reason) : new WorkerStartError(reason));
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`print worker exited (${code}) before finishing`));
    worker.postMessage(start);
  });
}

export interface WorkerOptions {
  /** For tests: ['--import', 'tsx'] lets a worker run the TypeScript sources. */
  execArgv?: string[];
}

export function workerRunner(file: string, { execArgv }: WorkerOptions = {}): PrintRunner {
  return {
    kind: 'worker',
    run: async (job, options) => {
      await converse(file, { type: 'start', job }, { ...options, execArgv });
    },
    print: async (job, options) => {
      const batch = await converse(file, { type: 'print', job }, { ...options, execArgv });
      if (!batch) throw new Error('print worker finished without its batch');
      return batch;
    },
  };
}

function here(): string {
  // Bundled as CommonJS or ESM depending on the build; both give the folder of this file.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

export const WORKER_FILE = 'certificate-worker.js';

/** out/main/certificate-worker.js, seen from out/main or from the shared chunks in out/main/chunks. */
export function findWorkerFile(start: string = here()): string | null {
  for (const dir of [start, dirname(start)]) {
    const file = join(dir, WORKER_FILE);
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * The built worker when there is one. Should it fail to even start (a packaging problem), the
 * batch is drawn in this thread instead, from then on: slower to the eye, but printed.
 */
export function defaultRunner(log: (message: string) => void): PrintRunner {
  const file = findWorkerFile();
  if (file === null) return inProcessRunner;
  const threaded = workerRunner(file);
  let broken = false;
  const fallBack = async <T>(work: (runner: PrintRunner) => Promise<T>): Promise<T> => {
    if (!broken) {
      try {
        return await work(threaded);
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        broken = true;
        log(`Giấy khen: luồng riêng không chạy được (${error.message}); vẽ trong luồng chính.`);
      }
    }
    return work(inProcessRunner);
  };
  return {
    kind: 'worker',
    run: (job, options) => fallBack((runner) => runner.run(job, options)),
    print: (job, options) => fallBack((runner) => runner.print(job, options)),
  };
}
