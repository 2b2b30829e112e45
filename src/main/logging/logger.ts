import electronLog from 'electron-log/node';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JobTiming } from './jobs';

/**
 * The app's log file, `<dataDir>/logs/hoi-nghi.log`: unexpected errors and how long the long
 * jobs took, rotated by size. It is for finding faults, so it carries method names, times and
 * counts, never the names or texts of the people in the database.
 */

export const LOG_FILE = 'hoi-nghi.log';
export const logsDir = (dataDir: string): string => join(dataDir, 'logs');

export interface LoggerOptions {
  /** Size after which the file is rotated (default 1 MB). */
  maxBytes?: number;
  /** Files kept, the current one included (default 5). */
  keep?: number;
  /** Also print warnings and errors on the console (the web host, in a terminal). */
  console?: boolean;
}

export interface AppLogger {
  readonly file: string;
  info(message: string): void;
  error(message: string, error: unknown): void;
  job(timing: JobTiming): void;
}

/** `hoi-nghi.log` → `hoi-nghi.1.log` → … → `hoi-nghi.<keep-1>.log`, the oldest dropped. */
export function rotateLogFiles(file: string, keep: number): void {
  const numbered = (n: number) => file.replace(/\.log$/, `.${n}.log`);
  rmSync(numbered(keep - 1), { force: true });
  for (let n = keep - 2; n >= 1; n--) {
    if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  }
  if (keep > 1) renameSync(file, numbered(1));
  else rmSync(file, { force: true });
}

/** The error's kind and stack: no values from the data, which errors seldom carry anyway. */
function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error;
}

export function jobLine(t: JobTiming): string {
  const counts = Object.entries(t.counts)
    .map(([key, value]) => ` ${key}=${value}`)
    .join('');
  return `job ${t.method} ${t.ok ? 'ok' : `failed${t.code ? ` ${t.code}` : ''}`} ${t.ms} ms${counts}`;
}

let instances = 0;

export function createFileLogger(dataDir: string, options: LoggerOptions = {}): AppLogger {
  const file = join(logsDir(dataDir), LOG_FILE);
  const keep = Math.max(1, options.keep ?? 5);
  instances += 1;
  const log = electronLog.create({ logId: `hoi-nghi-${instances}` });
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = options.maxBytes ?? 1024 * 1024;
  log.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  log.transports.file.archiveLogFn = (old) => {
    try {
      rotateLogFiles(old.path, keep);
    } catch {
      // The file is open elsewhere (Windows): keep writing to it rather than lose the line.
    }
  };
  log.transports.console.level = options.console ? 'warn' : false;
  return {
    file,
    info: (message) => log.info(message),
    error: (message, error) => log.error(`${message}\n${errorText(error)}`),
    job: (timing) => (timing.ok ? log.info(jobLine(timing)) : log.warn(jobLine(timing))),
  };
}
