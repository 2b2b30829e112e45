import { parentPort, workerData } from 'node:worker_threads';
import { isCoreWorkerData, type CorePort } from '../../../src/main/process/protocol';
import { serveCore } from '../../../src/main/process/serve';

/**
 * The core worker as the app starts it, plus one test-only message: `test-busy` holds the core's
 * thread in a loop for `ms`, as a long synchronous job (a big import, a PDF) would. The hook lives
 * here, not in the app, so no caller of the real core can reach it.
 */
export type BusyMessage = { type: 'test-busy'; ms: number };
export type BusyReply = { type: 'test-busy-started' } | { type: 'test-busy-done' };

if (parentPort && isCoreWorkerData(workerData)) {
  const port = parentPort;
  port.on('message', (message: { type?: string; ms?: number }) => {
    if (message.type !== 'test-busy') return;
    port.postMessage({ type: 'test-busy-started' } satisfies BusyReply);
    const until = Date.now() + (message.ms ?? 0);
    while (Date.now() < until) {
      // Spin: nothing else runs on this thread meanwhile.
    }
    port.postMessage({ type: 'test-busy-done' } satisfies BusyReply);
  });
  void serveCore(port as CorePort, workerData.start);
}
