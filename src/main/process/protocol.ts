import type { AppEvent } from '../../shared/api/events';
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../shared/api/errors';
import { AppError } from '../core/app-error';
import type { ShellServices } from '../core/context';
import type { RegisteredFile } from '../core/file-registry';

/**
 * Messages between a shell (the Electron main process, the web host's main thread) and the core
 * running in its own thread or process. Everything crosses by structured clone, so only plain
 * data goes over: functions stay on their side and are asked for by name.
 */

export type ShellServiceName = keyof ShellServices;

/** The CoreOptions that can cross to another thread; the child makes its own logger. */
export interface CoreStartOptions {
  dataDir: string;
  version?: string;
  exportsDir?: string;
  /** A PostgreSQL server's URL: the data lives there instead of a file in `dataDir`. */
  databaseUrl?: string;
  /** The fonts folder when the child cannot find it by itself (the packaged desktop app). */
  fontsDir?: string;
  /** Also print the core's warnings and errors on the console (the web host, in a terminal). */
  logToConsole?: boolean;
}

/** How a core is started: its options, and which shell services the parent will answer. */
export interface CoreStart {
  options: CoreStartOptions;
  services: ShellServiceName[];
}

/** What the shells read of a running core (they print it or show it). */
export interface CoreInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  exportsDir: string;
}

/** A failure that crossed a thread: an AppError keeps its code, message and details. */
export interface CrossedError {
  name: string;
  message: string;
  code?: ErrorCode;
  details?: ApiErrorBody['details'];
  stack?: string;
}

export type ToCore =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'shell-result'; id: number; ok: true; value: unknown }
  | { type: 'shell-result'; id: number; ok: false; error: CrossedError }
  /** The web host's download route takes a written file by its handle (once). */
  | { type: 'take-file'; id: number; handle: string }
  | { type: 'close' };

/** The desktop app's core process gets its start as its first message (a worker has workerData). */
export interface StartMessage {
  type: 'start';
  start: CoreStart;
}

export type FromCore =
  | { type: 'ready'; info: CoreInfo }
  | { type: 'failed'; error: CrossedError }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: AppEvent }
  | { type: 'shell'; id: number; service: ShellServiceName; args: unknown[] }
  | { type: 'file'; id: number; file: RegisteredFile | null }
  | { type: 'closed' };

/** The side of a MessagePort, a worker's parentPort or an adapted Electron parentPort. */
export interface CorePort {
  postMessage(message: FromCore): void;
  on(event: 'message', listener: (message: ToCore) => void): unknown;
}

/** The workerData of a core worker thread. */
export const CORE_WORKER_ROLE = 'hoi-nghi:core';
export interface CoreWorkerData {
  role: typeof CORE_WORKER_ROLE;
  start: CoreStart;
}

export const isCoreWorkerData = (data: unknown): data is CoreWorkerData =>
  typeof data === 'object' && data !== null && (data as { role?: unknown }).role === CORE_WORKER_ROLE;

/** Said to every call in flight, and every later one, once the core has died. */
export const CORE_STOPPED_MESSAGE =
  'Lõi ứng dụng đã dừng đột ngột nên yêu cầu này không được thực hiện. ' +
  'Hãy đóng và mở lại ứng dụng; dữ liệu đã lưu trước đó vẫn còn nguyên.';

export function crossError(error: unknown): CrossedError {
  if (error instanceof AppError) {
    const body = error.toBody();
    return {
      name: error.name,
      message: body.message,
      code: body.code,
      details: body.details,
      stack: error.stack,
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/** The same error on this side: an AppError stays an AppError, so the shells show its message. */
export function uncrossError(crossed: CrossedError): Error {
  const error =
    crossed.code === undefined
      ? new Error(crossed.message)
      : new AppError(crossed.code, crossed.message, crossed.details);
  error.name = crossed.name;
  if (crossed.stack !== undefined) error.stack = crossed.stack;
  return error;
}
