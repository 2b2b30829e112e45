import type { ApiResult } from '../../shared/api/errors';
import type { ShellServices } from '../core/context';
import type { Dispatch } from '../core/dispatcher';
import type { CoreFiles, RegisteredFile } from '../core/file-registry';
import { EventBus, type EventListener } from '../core/event-bus';
import {
  CORE_STOPPED_MESSAGE,
  crossError,
  uncrossError,
  type CoreInfo,
  type CoreStart,
  type CoreStartOptions,
  type FromCore,
  type ShellServiceName,
  type ToCore,
} from './protocol';

/**
 * The shell's end of the protocol: the core as the shells use it (dispatch, events, close),
 * while the core itself runs in a worker thread or a utility process.
 */

/** What a transport needs of a core, whether it runs here (tests) or in another thread. */
export interface CoreLink {
  dispatch: Dispatch;
  events: { subscribe(listener: EventListener): () => void };
  /** The written files, for the web host's one-time downloads. */
  files: CoreFiles;
}

export interface CoreClient extends CoreLink {
  readonly info: CoreInfo;
  /** Closes the core (it takes its on-close backup) and ends its thread or process. */
  close(): Promise<void>;
  /** Resolves when the core's thread or process has ended, for whatever reason. */
  readonly exited: Promise<void>;
}

/** A started child as the client sees it; adapters exist for a Worker and a utilityProcess. */
export interface CoreChild {
  send(message: ToCore): void;
  onMessage(listener: (message: FromCore) => void): void;
  /** Called once when the child has ended; `reason` says how, for the log. */
  onExit(listener: (reason: string) => void): void;
  kill(): void;
}

export type SpawnCore = (start: CoreStart) => CoreChild;

export interface StartCoreOptions {
  options: CoreStartOptions;
  /** What this shell can do for the core; the core is told the names and asks by name. */
  shell?: ShellServices;
  /** Where the shell reports a core that died, and a shell service that failed unexpectedly. */
  log?: (message: string, error: unknown) => void;
}

/** A child that has not stopped this long after saying it closed is ended. */
const EXIT_GRACE_MS = 2_000;

const stoppedResult: ApiResult<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: CORE_STOPPED_MESSAGE },
};

/** Starts the core and resolves once it is ready; rejects with the core's own start error. */
export function startCore(spawn: SpawnCore, startOptions: StartCoreOptions): Promise<CoreClient> {
  const shell = startOptions.shell ?? {};
  const log = startOptions.log ?? ((message, error) => console.error(message, error));
  const services = (Object.keys(shell) as ShellServiceName[]).filter((name) => shell[name] !== undefined);
  const child = spawn({ options: startOptions.options, services });

  const events = new EventBus();
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const takes = new Map<number, (file: RegisteredFile | null) => void>();
  let nextId = 1;
  let alive = true;
  let closeRequested = false;
  let exitReason = '';
  let markExited: () => void = () => undefined;
  const exited = new Promise<void>((resolve) => (markExited = resolve));
  let markClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));

  const send = (message: ToCore): boolean => {
    if (!alive) return false;
    try {
      child.send(message);
      return true;
    } catch (error) {
      log('Không gửi được yêu cầu tới lõi ứng dụng', error);
      return false;
    }
  };

  const dispatch: Dispatch = (method, input) => {
    if (!alive) return Promise.resolve(stoppedResult);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      if (send({ type: 'call', id, method, input })) return;
      pending.delete(id);
      resolve(
        alive
          ? { ok: false, error: { code: 'INTERNAL', message: 'Yêu cầu không gửi được.' } }
          : stoppedResult,
      );
    });
  };

  // A file asked for after the core has gone is as good as unknown: the download says so.
  const files: CoreFiles = {
    take: (handle) => {
      const id = nextId++;
      return new Promise((resolve) => {
        takes.set(id, resolve);
        if (send({ type: 'take-file', id, handle })) return;
        takes.delete(id);
        resolve(null);
      });
    },
  };

  const answerShell = async (id: number, service: ShellServiceName, args: unknown[]) => {
    const run = shell[service] as ((...a: unknown[]) => Promise<unknown>) | undefined;
    try {
      if (!run) throw new Error(`Shell service ${service} is not available`);
      const value = await run(...args);
      send({ type: 'shell-result', id, ok: true, value });
    } catch (error) {
      send({ type: 'shell-result', id, ok: false, error: crossError(error) });
    }
  };

  return new Promise<CoreClient>((resolveStart, rejectStart) => {
    let started = false;
    const client = (info: CoreInfo): CoreClient => ({ info, dispatch, events, files, close, exited });

    const close = async (): Promise<void> => {
      if (!closeRequested) {
        closeRequested = true;
        send({ type: 'close' });
      }
      await Promise.race([closed, exited]);
      // Said it closed: give it a moment to end by itself, then end it.
      const timer = setTimeout(() => child.kill(), EXIT_GRACE_MS);
      await exited;
      clearTimeout(timer);
    };

    child.onMessage((message) => {
      switch (message.type) {
        case 'ready':
          started = true;
          resolveStart(client(message.info));
          return;
        case 'failed':
          rejectStart(uncrossError(message.error));
          child.kill();
          return;
        case 'result': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          resolve?.(message.result);
          return;
        }
        case 'event':
          events.emit(message.event);
          return;
        case 'file': {
          const resolve = takes.get(message.id);
          takes.delete(message.id);
          resolve?.(message.file);
          return;
        }
        case 'shell':
          void answerShell(message.id, message.service, message.args);
          return;
        case 'closed':
          markClosed();
          child.kill();
          return;
      }
    });

    child.onExit((reason) => {
      alive = false;
      exitReason = reason;
      for (const resolve of pending.values()) resolve(stoppedResult);
      for (const resolve of takes.values()) resolve(null);
      takes.clear();
      // Only a death nobody asked for is worth a line in the log.
      if (pending.size > 0 || (started && !closeRequested)) {
        log(`Lõi ứng dụng đã dừng (${reason}); ${pending.size} yêu cầu bị hủy`, new Error(reason));
      }
      pending.clear();
      markExited();
      if (!started) rejectStart(new Error(`Lõi ứng dụng dừng trước khi sẵn sàng (${exitReason})`));
    });
  });
}
