import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../core/app-error';
import { configureFontsDir } from '../documents/pdf';
import { openJobConnection } from '../jobs/serve';
import { drawBatch } from './batch';
import { renderCertificates } from './engine';
import {
  WORKER_ROLE,
  type BatchJob,
  type FromWorker,
  type PrintJob,
  type ProtocolPort,
  type ToWorker,
} from './worker-protocol';

/**
 * The certificate batch in its own thread (built as out/main/certificate-worker.js), so that
 * reading, checking and drawing thousands of pages never stalls the window or the web host. One
 * job per worker: the core starts a worker per batch and the worker closes its port when the
 * job ends.
 */

type Render = typeof renderCertificates;

const toBuffer = (bytes: Uint8Array | null): Buffer | null =>
  bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The core shows progress at most every 100 ms; a message per page would cost its thread 2,000
 * message events for a batch of 2,000.
 */
const PROGRESS_INTERVAL_MS = 50;

/** A whole batch on a read-only connection of the worker's own. */
async function printFromDatabase(
  job: BatchJob,
  signal: AbortSignal,
  post: (message: FromWorker) => void,
): Promise<void> {
  const { db } = openJobConnection(job.databasePath, 'read');
  let lastSent = 0;
  try {
    const batch = await drawBatch(db, job.request, {
      signal,
      onPrepared: (total) => post({ type: 'prepared', total }),
      onProgress: (done) => {
        if (Date.now() - lastSent < PROGRESS_INTERVAL_MS) return;
        lastSent = Date.now();
        post({ type: 'progress', done });
      },
    });
    post({ type: 'done', batch });
  } finally {
    await db.destroy();
  }
}

/** Serves one job on `port`; exported so tests can speak the protocol without a build. */
export function servePrintJob(
  port: ProtocolPort<ToWorker, FromWorker>,
  render: Render = renderCertificates,
): void {
  const controller = new AbortController();
  const { signal } = controller;
  let started = false;
  const post = (message: FromWorker) => port.postMessage(message);
  const draw = async (job: PrintJob): Promise<void> => {
    const images = { background: toBuffer(job.images.background), emblem: toBuffer(job.images.emblem) };
    await render(job.body, job.texts, images, job.path, {
      signal,
      onProgress: (done) => post({ type: 'progress', done }),
    });
    post(signal.aborted ? { type: 'failed', aborted: true, message: 'cancelled' } : { type: 'done' });
  };
  const run = async (message: Exclude<ToWorker, { type: 'cancel' }>): Promise<void> => {
    try {
      if (message.job.fontsDir !== null) configureFontsDir(message.job.fontsDir);
      if (message.type === 'start') await draw(message.job);
      else await printFromDatabase(message.job, signal, post);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const appError = error instanceof AppError ? error.toBody() : undefined;
      post({ type: 'failed', aborted: signal.aborted, message: text, ...(appError && { appError }) });
    } finally {
      port.close?.();
    }
  };
  port.on('message', (message) => {
    if (message.type === 'cancel') controller.abort();
    else if (!started) {
      started = true;
      void run(message);
    }
  });
}

// Only in a worker the core started: a test runner's own worker threads import this file too.
if (!isMainThread && parentPort && workerData === WORKER_ROLE) {
  servePrintJob(parentPort as ProtocolPort<ToWorker, FromWorker>);
}
