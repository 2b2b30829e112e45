import { errorMessages } from '../../shared/messages';
import type { ShellServices } from '../core/context';
import { createCore, type Core, type CoreOptions } from '../app/create-core';
import { configureFontsDir } from '../documents/pdf';
import { createFileLogger } from '../logging/logger';
import {
  crossError,
  uncrossError,
  type CorePort,
  type CoreStart,
  type CrossedError,
  type ShellServiceName,
  type ToCore,
} from './protocol';

/**
 * The core's end of the protocol, run in the core's own thread or process: starts the core,
 * answers calls, relays events, and asks the parent for the shell services it said it has.
 */

type AskShell = (service: ShellServiceName, args: unknown[]) => Promise<unknown>;

/** One forwarding function per service the parent named; any ShellServices key works unchanged. */
export function forwardShell(services: readonly ShellServiceName[], ask: AskShell): ShellServices {
  const shell: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const service of services) shell[service] = (...args) => ask(service, args);
  return shell as ShellServices;
}

export interface ServeOptions {
  /** Tests start a core of their own making; the app uses createCore. */
  create?: (options: CoreOptions) => Promise<Core>;
}

/** Resolves once the core has closed (or failed to start) and said so to the parent. */
export function serveCore(port: CorePort, start: CoreStart, serveOptions: ServeOptions = {}): Promise<void> {
  const create = serveOptions.create ?? createCore;
  const { options } = start;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextShellId = 1;
  const ask: AskShell = (service, args) =>
    new Promise((resolve, reject) => {
      const id = nextShellId++;
      waiting.set(id, { resolve, reject });
      port.postMessage({ type: 'shell', id, service, args });
    });

  let core: Core | null = null;
  let logError: (message: string, error: unknown) => void = (message, error) => console.error(message, error);
  let closeAsked = false;
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));

  const close = async () => {
    try {
      if (core) await core.close();
    } catch (error) {
      logError('Lỗi khi đóng dữ liệu', error);
    }
    for (const pending of waiting.values()) pending.reject(new Error('core closed'));
    waiting.clear();
    port.postMessage({ type: 'closed' });
    finished();
  };

  // Listening starts before the core does: a close may come while the database is still opening.
  port.on('message', (message: ToCore) => {
    switch (message.type) {
      case 'call': {
        const { id, method, input } = message;
        if (!core) {
          port.postMessage({ type: 'result', id, result: { ok: false, error: notReady } });
          return;
        }
        void core.dispatch(method, input).then((result) => {
          try {
            port.postMessage({ type: 'result', id, result });
          } catch (error) {
            // A value that cannot be cloned (a function, a class with private state) is a bug
            // in a handler: the caller gets INTERNAL, as for any other unexpected error.
            logError(`Kết quả của ${method} không gửi được`, error);
            port.postMessage({ type: 'result', id, result: { ok: false, error: uncloneable } });
          }
        });
        return;
      }
      case 'shell-result': {
        const pending = waiting.get(message.id);
        if (!pending) return;
        waiting.delete(message.id);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(uncrossError(message.error));
        return;
      }
      case 'take-file': {
        const file = core ? core.context.files.take(message.handle) : null;
        port.postMessage({ type: 'file', id: message.id, file });
        return;
      }
      case 'close':
        if (closeAsked) return;
        closeAsked = true;
        // Before the core is up, close() runs once it is.
        if (core) void close();
        return;
      default:
        // Anything else (a test's own message, a newer parent) is not this protocol's business.
        return;
    }
  });

  void (async () => {
    try {
      if (options.fontsDir !== undefined) configureFontsDir(options.fontsDir);
      const logger = createFileLogger(options.dataDir, { console: options.logToConsole === true });
      logError = logger.error;
      core = await create({
        dataDir: options.dataDir,
        ...(options.version === undefined ? {} : { version: options.version }),
        ...(options.exportsDir === undefined ? {} : { exportsDir: options.exportsDir }),
        ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
        shell: forwardShell(start.services, ask),
        log: logger.error,
        logJob: logger.job,
      });
    } catch (error) {
      port.postMessage({ type: 'failed', error: crossError(error) satisfies CrossedError });
      finished();
      return;
    }
    const { context } = core;
    core.events.subscribe((event) => port.postMessage({ type: 'event', event }));
    port.postMessage({
      type: 'ready',
      info: {
        version: context.version,
        dataDir: context.dataDir,
        databasePath: context.store.path,
        exportsDir: context.exportsDir,
      },
    });
    if (closeAsked) void close();
  })();

  return done;
}

const notReady = { code: 'INTERNAL', message: 'Lõi ứng dụng chưa sẵn sàng.' } as const;
const uncloneable = { code: 'INTERNAL', message: errorMessages.vi.INTERNAL } as const;
