import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conferenceInput, useTempDir } from '../helpers';

/**
 * The desktop app's two ends, without Electron: `utilityProcess.fork` and the child's
 * `process.parentPort` are stood in for by a pair of emitters that clone every message and, as
 * Electron does, hand the child each one wrapped as `{ data }`.
 */
class FakeParentPort extends EventEmitter {
  child: FakeUtilityProcess | null = null;
  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setImmediate(() => this.child?.emit('message', copy));
  }
}

class FakeUtilityProcess extends EventEmitter {
  killed = false;
  constructor(private readonly parentPort: FakeParentPort) {
    super();
    parentPort.child = this;
  }
  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    setImmediate(() => this.parentPort.emit('message', { data: copy, ports: [] }));
  }
  kill(): boolean {
    if (!this.killed) {
      this.killed = true;
      setImmediate(() => this.emit('exit', 0));
    }
    return true;
  }
}

const electron = vi.hoisted(() => ({ fork: vi.fn() }));
vi.mock('electron', () => ({ utilityProcess: { fork: electron.fork } }));

describe('the core in a utilityProcess (Electron stood in for)', () => {
  const dir = useTempDir();
  afterEach(() => {
    delete (process as { parentPort?: unknown }).parentPort;
    vi.resetModules();
  });

  it('starts with its first message, answers calls and shell requests, and is ended after closing', async () => {
    const parentPort = new FakeParentPort();
    (process as { parentPort?: unknown }).parentPort = parentPort;
    // The child's entry, as Electron would load it in the new process. Its keep-alive timer is
    // caught by fake timers and dropped, so it cannot hold this test process open.
    vi.useFakeTimers({ toFake: ['setInterval'] });
    await import('../../src/main/process/utility-entry');
    expect(vi.getTimerCount()).toBe(1);
    vi.useRealTimers();
    const child = new FakeUtilityProcess(parentPort);
    electron.fork.mockReturnValue(child);

    const { spawnCoreProcess } = await import('../../src/main/electron/core-process');
    const { startCore } = await import('../../src/main/process/client');
    const openFolder = vi.fn(() => Promise.resolve());
    const dataDir = join(dir(), 'data');
    const client = await startCore(spawnCoreProcess('/app/out/main/core-process.js'), {
      options: { dataDir, version: '1.2.3' },
      shell: { openFolder },
    });
    expect(electron.fork).toHaveBeenCalledWith('/app/out/main/core-process.js', [], expect.any(Object));
    expect(client.info).toMatchObject({ version: '1.2.3', databasePath: join(dataDir, 'hoi-nghi.sqlite') });

    expect(await client.dispatch('conferences.create', conferenceInput())).toMatchObject({ ok: true });
    expect(await client.dispatch('logs.openFolder', {})).toMatchObject({ ok: true, value: { opened: true } });
    expect(openFolder).toHaveBeenCalledWith(join(dataDir, 'logs'));

    await client.close();
    expect(child.killed).toBe(true);
    await client.exited;
  });
});
