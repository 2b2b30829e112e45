import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { awardHandlers } from '../awards/handlers';
import { conferenceHandlers } from '../conferences/handlers';
import { importHandlers } from '../imports/handlers';
import { nomineeHandlers } from '../nominees/handlers';
import { unitHandlers } from '../units/handlers';
import { councilHandlers } from '../voting/council';
import { pollDocumentHandlers } from '../voting/poll-documents';
import { pollHandlers } from '../voting/poll-handlers';
import { ruleHandlers } from '../voting/rule-handlers';
import { openDatabase, type OpenOptions } from '../db/open';
import { settingsHandlers } from '../settings/handlers';
import { statisticsHandlers } from '../statistics/handlers';
import { exportHandlers } from '../exports/handlers';
import { decisionHandlers } from '../decisions/handlers';
import { certificateHandlers } from '../certificates/handlers';
import { agendaHandlers } from '../agenda/handlers';
import { delegateHandlers } from '../delegates/handlers';
import { projectorHandlers } from '../projector/handlers';
import { backupHandlers } from '../backups/handlers';
import { archiveHandlers } from '../archive/handlers';
import { auditHandlers } from '../audit/handlers';
import { timeJobs, type JobTiming } from '../logging/jobs';
import type { CoreContext, ShellServices } from './context';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { EventBus } from './event-bus';

export const DATABASE_FILE = 'hoi-nghi.sqlite';

export interface CoreOptions extends OpenOptions {
  /** Folder that holds the database file and its `backups/` folder. */
  dataDir: string;
  version?: string;
  now?: () => Date;
  /** Where exported files are written; `<dataDir>/exports` unless the shell says otherwise. */
  exportsDir?: string;
  /** What the shell can do for the core (windows, folders). */
  shell?: ShellServices;
  /** Where unexpected errors are reported (they reach the UI only as INTERNAL). */
  log?: (message: string, error: unknown) => void;
  /** Where the durations of long jobs (exports, imports, printing) are reported. */
  logJob?: (timing: JobTiming) => void;
}

export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  context: CoreContext;
  close(): Promise<void>;
}

/** The whole app behind the seam: both shells and the tests start here. */
export async function createCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = await openDatabase(join(options.dataDir, DATABASE_FILE), options);
  const events = new EventBus();
  const context: CoreContext = {
    store,
    events,
    now: options.now ?? (() => new Date()),
    version: options.version ?? '0.0.0',
    exportsDir: options.exportsDir ?? join(options.dataDir, 'exports'),
    dataDir: options.dataDir,
    shell: options.shell ?? {},
  };
  const handlers: Handlers = {
    'app.info': () =>
      Promise.resolve({
        version: context.version,
        databasePath: store.path,
        backupsDir: store.backupsDir,
        exportsDir: context.exportsDir,
        schemaVersion: store.schemaVersion,
      }),
    ...conferenceHandlers(context),
    ...settingsHandlers(context),
    ...awardHandlers(context),
    ...unitHandlers(context),
    ...nomineeHandlers(context),
    ...importHandlers(context),
    ...councilHandlers(context),
    ...ruleHandlers(context),
    ...pollHandlers(context),
    ...pollDocumentHandlers(context),
    ...exportHandlers(context),
    ...statisticsHandlers(context),
    ...decisionHandlers(context),
    ...certificateHandlers(context),
    ...agendaHandlers(context),
    ...delegateHandlers(context),
    ...projectorHandlers(context),
    ...backupHandlers(context),
    ...archiveHandlers(context),
    ...auditHandlers(context),
  };
  const log = options.log ?? ((message, error) => console.error(message, error));
  const timed = options.logJob ? timeJobs(handlers, options.logJob) : handlers;
  const dispatch = createDispatcher(timed, (method, error) => log(`Lỗi khi xử lý ${method}`, error));
  return { dispatch, events, context, close: () => store.close() };
}
