import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { configureFontsDir } from '../documents/pdf';
import { renderCertificates } from './engine';
import {
  WORKER_ROLE,
  type FromWorker,
  type PrintJob,
  type ProtocolPort,
  type ToWorker,
} from './worker-protocol';

/**
 * The certificate batch in its own thread (built as out/main/certificate-worker.js), so that
 * drawing thousands of pages never stalls the window or the web host. One job per worker: the
 * core starts a worker per batch and the worker closes its port when the job ends.
 */

type Render = typeof renderCertificates;

const toBuffer = (bytes: Uint8Array | null): Buffer | null =>
  bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Serves one job on `port`; exported so tests can speak the protocol without a build. */
export function servePrintJob(
  port: ProtocolPort<ToWorker, FromWorker>,
  render: Render = renderCertificates,
): void {
  const controller = new AbortController();
  let started = false;
  const run = async (job: PrintJob): Promise<void> => {
    try {
      if (job.fontsDir !== null) configureFontsDir(job.fontsDir);
      const images = { background: toBuffer(job.images.background), emblem: toBuffer(job.images.emblem) };
      await render(job.body, job.texts, images, job.path, {
        signal: controller.signal,
        onProgress: (done) => port.postMessage({ type: 'progress', done }),
      });
      port.postMessage(
        controller.signal.aborted
          ? { type: 'failed', aborted: true, message: 'cancelled' }
          : { type: 'done' },
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ type: 'failed', aborted: controller.signal.aborted, message });
    } finally {
      port.close?.();
    }
  };
  port.on('message', (message) => {
    if (message.type === 'cancel') controller.abort();
    else if (!started) {
      started = true;
      void run(message.job);
    }
  });
}

// Only in a worker the core started: a test runner's own worker threads import this file too.
if (!isMainThread && parentPort && workerData === WORKER_ROLE) {
  servePrintJob(parentPort as ProtocolPort<ToWorker, FromWorker>);
}
