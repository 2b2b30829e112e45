import { utilityProcess } from 'electron';
import type { SpawnCore } from '../process/client';
import type { FromCore, StartMessage } from '../process/protocol';

/** The built utility entry (src/main/process/utility-entry.ts), beside index.js in out/main. */
export const CORE_PROCESS_FILE = 'core-process.js';

/**
 * Starts the core in a utilityProcess, so that the main process keeps only windows, menus,
 * dialogs and the IPC relay. Its start goes as the first message: Electron queues messages
 * posted before the child is up, and the child's parentPort holds them until it listens.
 */
export function spawnCoreProcess(file: string): SpawnCore {
  return (start) => {
    const child = utilityProcess.fork(file, [], { serviceName: 'Hội nghị (lõi)', stdio: 'inherit' });
    child.postMessage({ type: 'start', start } satisfies StartMessage);
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: FromCore) => listener(message)),
      onExit: (listener) => child.once('exit', (code) => listener(`tiến trình kết thúc với mã ${code}`)),
      kill: () => void child.kill(),
    };
  };
}
