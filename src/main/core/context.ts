import type { Store } from '../db/open';
import type { FileRegistry } from './file-registry';
import type { WriteGate } from '../jobs/gate';
import type { JobRunner } from '../jobs/runner';
import type { EventBus } from './event-bus';
import type { Peers } from './peers';

/** What only the shell can do; a missing service means this shell cannot (the web host, tests). */
export interface ShellServices {
  /** Opens or focuses the projector window (on the external display when there is one). */
  openProjectorWindow?: () => Promise<void>;
  /** Shows a folder in the system's file manager. */
  openFolder?: (path: string) => Promise<void>;
  /** Opens a file in the program the system uses for it (Excel, a PDF reader). */
  openFile?: (path: string) => Promise<void>;
  /** Shows a file selected in its folder; without it, the folder is opened (openFolder). */
  revealFile?: (path: string) => Promise<void>;
  /** Asks the user for a folder (the backups folder on a USB drive); null when cancelled. */
  chooseFolder?: () => Promise<string | null>;
}

/** What every domain's handlers get: the store, the event bus and a clock tests can set. */
export interface CoreContext {
  store: Store;
  events: EventBus;
  now: () => Date;
  version: string;
  /** Folder the exports are written to (created on first export). */
  exportsDir: string;
  /** The files written in this run, by handle (see writeExport). */
  files: FileRegistry;
  /** Folder holding the database file, its backups and the logs. */
  dataDir: string;
  shell: ShellServices;
  /** Held exclusively by a job that writes on its own connection; the core's writes wait on it. */
  gate: WriteGate;
  /** Runs long jobs (an import commit, a large export) in a worker with its own connection. */
  jobs: JobRunner;
  /** The other server processes on a shared PostgreSQL database; absent on a file. */
  peers?: Peers;
}
