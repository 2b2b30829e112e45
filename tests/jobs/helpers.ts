import { resolve } from 'node:path';
import { workerJobs, type JobRunner } from '../../src/main/jobs/runner';
import type { Core } from '../../src/main/app/create-core';
import { honoreeList } from '../crash/list-file';
import { call } from '../helpers';

/** A real worker thread running the TypeScript sources through tsx, as the built app runs its bundle. */
export function sourceWorker(file: string): JobRunner {
  return workerJobs(resolve(__dirname, file), { execArgv: ['--import', 'tsx'] });
}

export const APP_WORKER = '../../src/main/app/job-worker.ts';
export const HANG_WORKER = 'fixtures/hang-worker.ts';

/** A sample conference with `count` nominees, and an import of `rows` more opened on it. */
export async function openedImport(core: Core, rows: number) {
  const conference = await call(core, 'conferences.createSample', {});
  const preview = await call(core, 'imports.open', {
    conferenceId: conference.id,
    fileName: 'danh-sach.xlsx',
    contentBase64: (await honoreeList(rows)).toString('base64'),
  });
  return { conference, preview };
}
