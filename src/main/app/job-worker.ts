import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ProtocolPort } from '../certificates/worker-protocol';
import { JOB_WORKER_ROLE, type FromJobWorker, type ToJobWorker } from '../jobs/protocol';
import { serveJob } from '../jobs/serve';
import { APP_TASKS } from './job-tasks';

/**
 * A long job in its own thread (built as out/main/job-worker.js) on its own SQLite connection,
 * so an import commit or a large export never stalls the calls the core answers meanwhile.
 */
// Only in a worker the core started: a test runner's own worker threads import this file too.
if (!isMainThread && parentPort && workerData === JOB_WORKER_ROLE) {
  serveJob(parentPort as ProtocolPort<ToJobWorker, FromJobWorker>, APP_TASKS);
}
