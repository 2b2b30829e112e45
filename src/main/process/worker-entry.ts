import { enableCompileCache } from 'node:module';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isCoreWorkerData, type CorePort } from './protocol';

/**
 * The core in a worker thread (built as out/main/core-worker.js): the web host's main thread
 * keeps only the HTTP server, so a long call never stops it from answering.
 */
if (!isMainThread && parentPort && isCoreWorkerData(workerData)) {
  const port = parentPort as CorePort;
  const { start } = workerData;
  // Node keeps the compiled core on disk after the first start, so later starts skip compiling
  // it (about 0.1 s); loaded afterwards, by a dynamic import, so that the cache covers it.
  enableCompileCache?.();
  // The parent terminates this thread once it has heard `closed` (or `failed`).
  void import('./serve').then(({ serveCore }) => serveCore(port, start));
}
