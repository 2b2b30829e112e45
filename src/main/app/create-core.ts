import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { awardHandlers } from '../awards/handlers';
import { appHandlers } from './handlers';
import { conferenceHandlers } from '../conferences/handlers';
import { importHandlers } from '../imports/handlers';
import { nomineeHandlers } from '../nominees/handlers';
import { unitHandlers } from '../units/handlers';
import { councilHandlers } from '../voting/council/handlers';
import { pollHandlers } from '../voting/polls/handlers';
import { ruleHandlers } from '../voting/rules/handlers';
import { evotingHandlers } from '../voting/lan/handlers';
import { EvotingService, type EvotingOptions } from '../voting/lan/service';
import { dataDirReadOnly, openDatabase, type OpenOptions } from '../db/open';
import type { PostgresOptions } from '../db/postgres';
import { settingsHandlers } from '../settings/handlers';
import { statisticsHandlers } from '../statistics/handlers';
import { exportHandlers } from '../exports/handlers';
import { decisionHandlers } from '../decisions/handlers';
import { moneyHandlers } from '../money/handlers';
import { dossierMethods } from '../../shared/api/contract-dossier';
import { deferredHandlers } from './deferred-handlers';
import { certificateHandlers, type CertificateOptions } from '../certificates/handlers';
import { agendaHandlers } from '../agenda/handlers';
import { delegateHandlers } from '../delegates/handlers';
import { projectorHandlers } from '../projector/handlers';
import { backupHandlers } from '../backups/handlers';
import { BackupService, type BackupOptions } from '../backups/service';
import { swapDatabaseFile } from '../backups/swap';
import { archiveHandlers } from '../archive/handlers';
import { auditHandlers } from '../audit/handlers';
import { fileHandlers } from '../files/handlers';
import { FileRegistry, type CoreFiles, type FileRegistryOptions } from '../core/file-registry';
import { timeJobs, type JobTiming } from '../logging/jobs';
import { WriteGate } from '../jobs/gate';
import { defaultJobRunner, type JobRunner } from '../jobs/runner';
import { APP_TASKS } from './job-tasks';
import { resolveFontsDir } from '../documents/pdf';
import { gateHandlers } from '../core/method-access';
import type { CoreContext, ShellServices } from '../core/context';
import { createDispatcher, type Dispatch, type Handlers } from '../core/dispatcher';
import { EventBus } from '../core/event-bus';
import type { Notifier } from '../db/notify';
import { shareEvents } from './shared-events';
import { notifierPeers } from './peers';
import { LiveHandlers } from './live-handlers';
import { StartupCheck } from './startup-check';

export type { CoreFiles } from '../core/file-registry';

export const DATABASE_FILE = 'hoi-nghi.sqlite';

export interface CoreOptions extends OpenOptions {
  /** Folder that holds the database file and its `backups/` folder. */
  dataDir: string;
  /**
   * A PostgreSQL server's URL (`postgres://…`): the data lives there, shared by every process
   * and window that opens it, instead of in a file in `dataDir` (which still holds exports and logs).
   */
  databaseUrl?: string;
  /** Options of the PostgreSQL store (tests pass a prefix of its migrations). */
  postgres?: PostgresOptions;
  version?: string;
  now?: () => Date;
  /** Where exported files are written; `<dataDir>/exports` unless the shell says otherwise. */
  exportsDir?: string;
  /** What the shell can do for the core (windows, folders). */
  shell?: ShellServices;
  /** Where unexpected errors are reported (they reach the UI only as INTERNAL). */
  log?: (message: string, error: unknown) => void;
  /** Timing and test hooks of the automatic backups. */
  backups?: BackupOptions;
  /** Where the durations of long jobs (exports, imports, printing) are reported. */
  logJob?: (timing: JobTiming) => void;
  /** Who runs long jobs; by default the built job worker, or this thread where there is none. */
  jobs?: JobRunner;
  /** The clock and limits of the written files' handles. */
  files?: FileRegistryOptions;
  /** Who prints certificate batches; by default the built print worker, or this thread. */
  certificates?: CertificateOptions;
  /** Electronic voting's limits and addresses (tests, the benchmark). */
  evoting?: EvotingOptions;
}

export interface Core {
  /**
   * Resolves when the work left for after start-up is done: the whole-file check and the
   * start-up copy. The core answers before; tests that look at that work wait for it.
   */
  settled: Promise<void>;
  dispatch: Dispatch;
  events: EventBus;
  context: CoreContext;
  files: CoreFiles;
  /** The phones' listener, for the tests that reach it. */
  evoting: EvotingService;
  close(): Promise<void>;
}

function buildHandlers(
  context: CoreContext,
  backups: BackupService,
  startup: StartupCheck,
  evoting: EvotingService,
  certificates?: CertificateOptions,
): Handlers {
  return {
    ...appHandlers(context, backups, startup),
    ...conferenceHandlers(context),
    ...settingsHandlers(context),
    ...awardHandlers(context),
    ...unitHandlers(context),
    ...nomineeHandlers(context),
    ...importHandlers(context),
    ...councilHandlers(context),
    ...ruleHandlers(context),
    ...pollHandlers(context),
    ...evotingHandlers(context, evoting),
    ...exportHandlers(context),
    ...statisticsHandlers(context),
    ...decisionHandlers(context),
    ...moneyHandlers(context),
    // Loaded with the first dossier call: the Word libraries are not needed to start.
    ...deferredHandlers(
      dossierMethods,
      async () => (await import('../dossier/handlers')).dossierHandlers,
      context,
    ),
    ...certificateHandlers(context, certificates),
    ...agendaHandlers(context),
    ...delegateHandlers(context),
    ...projectorHandlers(context),
    ...backupHandlers(context, backups),
    ...archiveHandlers(context),
    ...auditHandlers(context),
    ...fileHandlers(context),
  };
}

/** The fonts folder for PDF jobs in a worker; only they need it, and they report it missing. */
function fontsDir(): string | null {
  try {
    return resolveFontsDir();
  } catch {
    return null;
  }
}

/** The whole app behind the seam: both shells and the tests start here. */
export async function createCore(options: CoreOptions): Promise<Core> {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    // A read-only disk answers ENOENT or EROFS, a folder without permission EACCES or EPERM.
    throw dataDirReadOnly(options.dataDir, error);
  }
  const path = join(options.dataDir, DATABASE_FILE);
  const existed = existsSync(path) && statSync(path).size > 0;
  // The whole-file check waits until the core answers (StartupCheck), unless a migration is due.
  // The server's driver and migrations load only when a server is asked for.
  const store = options.databaseUrl
    ? await (await import('../db/postgres')).openPostgres(options.databaseUrl, options.postgres)
    : await openDatabase(path, { checkLater: true, ...options });
  const events = new EventBus();
  const log = options.log ?? ((message, error) => console.error(message, error));
  // Several server processes may share the database: each hears the others' events.
  let notifier: Notifier | null = null;
  if (options.databaseUrl && store.engine === 'postgres') {
    try {
      notifier = await (await import('../db/notify')).openNotifier(options.databaseUrl, store.db, { log });
    } catch (error) {
      await store.close();
      throw error;
    }
    shareEvents(events, notifier);
  }
  const context: CoreContext = {
    store,
    events,
    now: options.now ?? (() => new Date()),
    version: options.version ?? '0.0.0',
    exportsDir: options.exportsDir ?? join(options.dataDir, 'exports'),
    dataDir: options.dataDir,
    files: new FileRegistry(options.files),
    shell: options.shell ?? {},
    gate: new WriteGate(),
    jobs: options.jobs ?? defaultJobRunner(APP_TASKS, (message) => console.info(message), { fontsDir }),
    ...(notifier ? { peers: notifierPeers(notifier) } : {}),
  };
  const onUnexpected = (method: string, error: unknown) => log(`Lỗi khi xử lý ${method}`, error);
  const { logJob } = options;
  const wrapped = (handlers: Handlers): Handlers => {
    const gated = gateHandlers(handlers, context.gate);
    return logJob ? timeJobs(gated, logJob) : gated;
  };

  // Handlers capture the store they were built with, so a restore swaps in a whole new map;
  // calls look it up when they run (live-handlers.ts).
  const replaceDatabase = async (stagedPath: string, backupsDir: string) => {
    const reopen = (file: string, restored = false) =>
      openDatabase(file, { ...options, backupsDir, restored });
    await live.swap(async () => {
      try {
        context.store = await swapDatabaseFile(context.store, stagedPath, reopen);
      } catch (error) {
        context.store = await reopen(context.store.path);
        throw error;
      }
    });
    startup.restored();
    events.emit({ type: 'database.replaced' });
  };

  const startup = new StartupCheck(context);
  const backups = new BackupService(context, store.backupsDir, replaceDatabase, log, {
    ...options.backups,
    liveFileDamaged: () => startup.state === 'damaged',
  });
  const evoting = new EvotingService(context, log, options.evoting);
  const live = new LiveHandlers(() =>
    buildHandlers(context, backups, startup, evoting, options.certificates),
  );
  const dispatchNow = createDispatcher(wrapped(live.late()), onUnexpected);
  await backups.start();
  const settled = (async () => {
    await startup.run(log);
    if (existed && startup.state === 'sound') await backups.startupCopy();
  })();
  const dispatch: Dispatch = async (method, input) => {
    const leave = await live.enter(method);
    try {
      return await dispatchNow(method, input);
    } finally {
      leave();
    }
  };
  // Both a shell and a test may close the core; the on-close copy is taken once.
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Phones stop reaching the laptop before anything else closes.
      await evoting.shutdown();
      await settled;
      await backups.close();
      await notifier?.close();
      await context.store.close();
    })());
  const files: CoreFiles = { take: (handle) => Promise.resolve(context.files.take(handle)) };
  return { settled, dispatch, events, context, files, evoting, close };
}
