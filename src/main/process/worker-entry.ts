import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isCoreWorkerData, type CorePort } from './protocol';
import { serveCore } from './serve';

/**
 * The core in a worker thread (built as out/main/core-worker.js): the web host's main thread
 * keeps only the HTTP server, so a long call never stops it from answering.
 */
if (!isMainThread && parentPort && isCoreWorkerData(workerData)) {
  // The parent terminates this thread once it has heard `closed` (or `failed`).
  void serveCore(parentPort as CorePort, workerData.start);
}
