import { MessageChannel } from 'node:worker_threads';
import type { CoreChild, SpawnCore } from '../../src/main/process/client';
import type { CorePort, CoreStart, FromCore } from '../../src/main/process/protocol';
import { serveCore, type ServeOptions } from '../../src/main/process/serve';

/**
 * Both ends of the protocol in this thread, over a real MessageChannel (so every message is
 * structured-cloned as between threads). `die()` stands for the child's thread ending.
 */
export interface ChannelCore {
  spawn: SpawnCore;
  /** The start the client sent, once it has spawned. */
  start(): CoreStart;
  /** Resolves once the served core has closed (or failed to start). */
  served(): Promise<void>;
  die(reason?: string): void;
  /** Closed ports, so the test process has nothing left open. */
  dispose(): void;
}

export function channelCore(serveOptions: ServeOptions = {}): ChannelCore {
  const { port1, port2 } = new MessageChannel();
  let exitListener: ((reason: string) => void) | null = null;
  let started: CoreStart | null = null;
  let serving: Promise<void> = Promise.resolve();
  let ended = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    port1.close();
    exitListener?.(reason);
  };
  const child: CoreChild = {
    send: (message) => port1.postMessage(message),
    onMessage: (listener) => port1.on('message', (message: FromCore) => listener(message)),
    onExit: (listener) => (exitListener = listener),
    kill: () => end('killed'),
  };
  return {
    spawn: (start) => {
      started = start;
      serving = serveCore(port2 as unknown as CorePort, start, serveOptions);
      return child;
    },
    start: () => {
      if (!started) throw new Error('not spawned');
      return started;
    },
    served: () => serving,
    die: (reason = 'test: the thread died') => end(reason),
    dispose: () => {
      port1.close();
      port2.close();
    },
  };
}
