import type { CorePort, FromCore, StartMessage, ToCore } from './protocol';
import { serveCore } from './serve';

/**
 * The core in Electron's utilityProcess (built as out/main/core-process.js): the main process
 * keeps windows, menus and dialogs. Electron's parentPort wraps each message as `{ data }`, and
 * the start comes as the first message, since a utility process has no workerData.
 */

/** The part of Electron's `process.parentPort` used here (Electron is not imported outside the shell). */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  once(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

const parentPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;

if (parentPort) {
  const port: CorePort = {
    postMessage: (message: FromCore) => parentPort.postMessage(message),
    on: (_event, listener) => parentPort.on('message', ({ data }) => listener(data as ToCore)),
  };
  // A listener on parentPort is not relied on to keep the process alive (a packaged app's utility
  // process has been seen to end once its script ran), and the core's own timers are unref'd.
  // The parent ends this process after `closed` or `failed`, so this timer is never cleared.
  setInterval(() => undefined, 60 * 60 * 1000);
  parentPort.once('message', ({ data }) => {
    const message = data as StartMessage;
    if (message.type !== 'start') return;
    // The parent ends this process once it has heard `closed` (or `failed`).
    void serveCore(port, message.start);
  });
}
