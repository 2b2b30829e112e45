import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { CoreChild, SpawnCore } from './client';
import { CORE_WORKER_ROLE, type CoreWorkerData, type FromCore } from './protocol';

/** The built worker entry (src/main/process/worker-entry.ts), beside host.js in out/main. */
export const CORE_WORKER_FILE = 'core-worker.js';

/** out/main/core-worker.js, seen from out/main or from the shared chunks in out/main/chunks. */
export function findCoreWorkerFile(start: string): string | null {
  for (const dir of [start, dirname(start)]) {
    const file = join(dir, CORE_WORKER_FILE);
    if (existsSync(file)) return file;
  }
  return null;
}

/** A Worker as the client sees a child: its uncaught error, if any, goes into the exit reason. */
export function workerChild(worker: Worker): CoreChild {
  let failure: Error | null = null;
  worker.on('error', (error) => (failure = error));
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', (message: FromCore) => listener(message)),
    onExit: (listener) =>
      worker.once('exit', (code) =>
        listener(`luồng kết thúc với mã ${code}${failure ? `: ${failure.message}` : ''}`),
      ),
    kill: () => void worker.terminate(),
  };
}

/** Starts the core in a worker thread of this process. */
export function spawnCoreWorker(file: string, options: Omit<WorkerOptions, 'workerData'> = {}): SpawnCore {
  return (start) => {
    const workerData: CoreWorkerData = { role: CORE_WORKER_ROLE, start };
    return workerChild(new Worker(file, { ...options, workerData }));
  };
}
