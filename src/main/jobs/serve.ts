import type { ProtocolPort } from '../certificates/worker-protocol';
import { AppError } from '../core/app-error';
import { openConnection } from '../db/open';
import { configureFontsDir } from '../documents/pdf';
import type { FromJobWorker, JobFailure, JobStart, ToJobWorker } from './protocol';
import type { JobConnection, JobTask, TaskTable } from './tasks';

export function toFailure(error: unknown): JobFailure {
  if (error instanceof AppError) return { appError: error.toBody() };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
  };
}

/** A connection of the job's own on the database the core opened, as the task's access says. */
export function openJobConnection(path: string, access: JobTask<never, unknown>['access']): JobConnection {
  return { db: openConnection(path, access) };
}

/** Runs one job of `tasks` on its own connection; the failure comes back as a JobFailure. */
export async function runJob(tasks: TaskTable, job: JobStart): Promise<FromJobWorker> {
  try {
    const task = tasks[job.kind];
    if (!task) throw new Error(`unknown job ${job.kind}`);
    if (job.fontsDir !== null) configureFontsDir(job.fontsDir);
    const connection = openJobConnection(job.databasePath, task.access);
    try {
      return { type: 'done', output: await task.run(connection, job.input as never) };
    } finally {
      await connection.db.destroy();
    }
  } catch (error) {
    return { type: 'failed', failure: toFailure(error) };
  }
}

/** Serves one job on `port` and closes it; exported so tests can serve tasks of their own. */
export function serveJob(port: ProtocolPort<ToJobWorker, FromJobWorker>, tasks: TaskTable): void {
  let started = false;
  port.on('message', (message) => {
    if (started) return;
    started = true;
    port.postMessage({ type: 'started' });
    void runJob(tasks, message.job).then((reply) => {
      port.postMessage(reply);
      port.close?.();
    });
  });
}
