import { join } from 'node:path';
import type { CoreContext } from '../../../src/main/core/context';
import { createDispatcher, type Dispatch, type Handlers } from '../../../src/main/core/dispatcher';
import { EventBus } from '../../../src/main/core/event-bus';
import { openDatabase, type Store } from '../../../src/main/db/open';
import { openPostgres } from '../../../src/main/db/postgres';
import { WriteGate } from '../../../src/main/jobs/gate';
import { commitImport, type ImportCommitJob } from '../../../src/main/imports/commit';
import { inProcessJobs } from '../../../src/main/jobs/runner';
import { task } from '../../../src/main/jobs/tasks';
import { FileRegistry } from '../../../src/main/core/file-registry';

/**
 * The core as a crash child needs it: the app's database opening (the file in `dataDir`, or the
 * PostgreSQL database at `databaseUrl`) and its dispatcher (input validation included) over the
 * one domain the child exercises. Loading every domain would triple the child's start-up, which
 * 150 kills pay each time.
 */
export async function openChildCore(
  dataDir: string,
  domain: (ctx: CoreContext) => Partial<Handlers>,
  databaseUrl?: string,
): Promise<Dispatch> {
  const store = databaseUrl
    ? await openPostgres(databaseUrl)
    : await openDatabase(join(dataDir, 'hoi-nghi.sqlite'));
  return childDispatcher(store, dataDir, domain);
}

/** The dispatcher over `domain` on an opened store, with the import's job run in this thread. */
export function childDispatcher(
  store: Store,
  dataDir: string,
  domain: (ctx: CoreContext) => Partial<Handlers>,
): Dispatch {
  const context: CoreContext = {
    store,
    events: new EventBus(),
    now: () => new Date(),
    version: '0.0.0',
    exportsDir: join(dataDir, 'exports'),
    dataDir,
    files: new FileRegistry(),
    shell: {},
    gate: new WriteGate(),
    // Only the import's job: the exports' would load exceljs and pdfmake into every child.
    jobs: inProcessJobs({
      'imports.commit': task('write', ({ db }, job: ImportCommitJob) => commitImport(db, job)),
    }),
  };
  return createDispatcher(domain(context) as Handlers, (method, error) => {
    console.error(`${method} failed unexpectedly`, error);
  });
}

/** Calls the dispatcher; any refusal ends the child with the error on stderr. */
export async function must<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input);
  if (!result.ok) {
    console.error(`${method}: ${JSON.stringify(result.error)}`);
    process.exit(2);
  }
  return result.value as T;
}

/**
 * One line to the parent. Writes to a pipe are synchronous on Linux, so `started` is out of
 * the process before the operation begins and `done` only once it has returned.
 */
export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
