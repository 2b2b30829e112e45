import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src/shared/api/events';
import { AppError } from '../../src/main/core/app-error';
import { createHostServer } from '../../src/main/host/server';
import { startCore, type CoreClient, type SpawnCore } from '../../src/main/process/client';
import { CORE_STOPPED_MESSAGE, CORE_WORKER_ROLE, type CoreWorkerData } from '../../src/main/process/protocol';
import { spawnCoreWorker, workerChild } from '../../src/main/process/worker-spawn';
import { conferenceInput, useTempDir } from '../helpers';
import type { BusyMessage, BusyReply } from './children/busy-core';

/**
 * The core in a real worker thread. A worker cannot load TypeScript by itself, so these workers
 * start with tsx's loader; the built app starts out/main/core-worker.js instead.
 */
const WITH_TSX = { execArgv: ['--import', 'tsx'] };
const APP_ENTRY = resolve(__dirname, '../../src/main/process/worker-entry.ts');
const BUSY_ENTRY = resolve(__dirname, 'children/busy-core.ts');
const TOKEN = 'test-token-0123456789abcdef';
/**
 * What "the shell still answers" means: a static file served within this while the core spins
 * for 1.5 s. Far below the hold, and loose enough for a loaded 2-core machine (69 ms was seen
 * with other test runs in parallel); a shell blocked by the core would take the whole hold.
 */
const ANSWER_MS = 300;

describe('the core in a worker thread', () => {
  const dir = useTempDir();
  const clients: CoreClient[] = [];
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  const dataDir = () => join(dir(), 'data');
  let worker: Worker | null = null;
  /** The busy test core, with the Worker kept so the test can talk to it directly. */
  const spawnBusy: SpawnCore = (start) => {
    const workerData: CoreWorkerData = { role: CORE_WORKER_ROLE, start };
    worker = new Worker(BUSY_ENTRY, { ...WITH_TSX, workerData });
    return workerChild(worker);
  };

  async function started(spawn: SpawnCore, log = vi.fn()): Promise<CoreClient> {
    const client = await startCore(spawn, { options: { dataDir: dataDir() }, log });
    clients.push(client);
    return client;
  }

  /** Holds the core's thread for `ms`; resolves once it has started spinning. */
  function holdCore(ms: number): Promise<void> {
    const held = worker;
    if (!held) throw new Error('no busy worker');
    return new Promise((resolveStarted) => {
      const listener = (message: BusyReply) => {
        if (message.type !== 'test-busy-started') return;
        held.off('message', listener);
        resolveStarted();
      };
      held.on('message', listener);
      held.postMessage({ type: 'test-busy', ms } satisfies BusyMessage);
    });
  }

  function get(port: number, path: string): Promise<{ status: number; ms: number }> {
    const began = performance.now();
    return new Promise((resolveReply, reject) => {
      const req = request({ host: '127.0.0.1', port, path }, (res) => {
        res.resume();
        res.on('end', () => resolveReply({ status: res.statusCode ?? 0, ms: performance.now() - began }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it("runs the app's worker entry: calls, events and the on-close backup", async () => {
    const client = await started(spawnCoreWorker(APP_ENTRY, WITH_TSX));
    expect(client.info.databasePath).toBe(join(dataDir(), 'hoi-nghi.sqlite'));
    const seen: AppEvent[] = [];
    client.events.subscribe((event) => seen.push(event));
    expect(await client.dispatch('conferences.create', conferenceInput())).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(seen).toContainEqual({ type: 'conferences.changed', id: 1 }));

    clients.splice(0);
    await client.close();
    await client.exited;
    expect(readdirSync(join(dataDir(), 'backups')).some((name) => name.includes('khi-dong'))).toBe(true);
  });

  it('reports a damaged database from the worker with its code and message', async () => {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(join(dataDir(), 'hoi-nghi.sqlite'), Buffer.alloc(8192, 7));
    const failure = await startCore(spawnCoreWorker(APP_ENTRY, WITH_TSX), {
      options: { dataDir: dataDir() },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'DB_CORRUPT', message: expect.stringMatching(/bị hỏng/) });
  });

  it('keeps serving HTTP while the core is held, and answers the held call once it is free', async () => {
    const client = await started(spawnBusy);
    const staticDir = join(dir(), 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hội nghị</title>');
    const server = createHostServer({ core: client, staticDir, token: TOKEN });
    servers.push(server);
    await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
    const { port } = server.address() as AddressInfo;
    // Warm the path once, so the timing below is of serving, not of first use.
    expect((await get(port, '/')).status).toBe(200);

    const HOLD_MS = 1500;
    await holdCore(HOLD_MS);
    const heldAt = performance.now();
    let answeredAt = 0;
    const held = client.dispatch('conferences.list', {}).then((result) => {
      answeredAt = performance.now();
      return result;
    });

    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await get(port, '/'));
    const servedBy = performance.now() - heldAt;
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    expect(Math.max(...replies.map((reply) => reply.ms))).toBeLessThan(ANSWER_MS);
    // All five were served while the core was still spinning, and the call still waits.
    expect(servedBy).toBeLessThan(HOLD_MS);
    expect(answeredAt).toBe(0);

    await expect(held).resolves.toEqual({ ok: true, value: [] });
    expect(answeredAt - heldAt).toBeGreaterThan(HOLD_MS - 100);
  });

  it('answers a call held by a core that then dies with the typed error, without hanging', async () => {
    const log = vi.fn();
    const client = await started(spawnBusy, log);
    await holdCore(10_000);
    const held = client.dispatch('conferences.list', {});
    await worker?.terminate();
    await expect(held).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: CORE_STOPPED_MESSAGE },
    });
    await client.exited;
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Lõi ứng dụng đã dừng'), expect.any(Error));
  });
});
