import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src/shared/api/events';
import { AppError } from '../../src/main/core/app-error';
import { createCore } from '../../src/main/app/create-core';
import { startCore, type CoreClient } from '../../src/main/process/client';
import { CORE_STOPPED_MESSAGE, crossError, uncrossError } from '../../src/main/process/protocol';
import { forwardShell } from '../../src/main/process/serve';
import { conferenceInput, TEST_ENGINE, useCores, useTempDir } from '../helpers';
import { channelCore, type ChannelCore } from './channel';

describe('core protocol (both ends over a MessageChannel)', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const channels: ChannelCore[] = [];
  const clients: CoreClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    for (const channel of channels.splice(0)) channel.dispose();
  });

  const dataDir = () => join(dir(), 'data');
  async function start(shell = {}, log = vi.fn()) {
    const channel = channelCore({ create: openCore });
    channels.push(channel);
    const client = await startCore(channel.spawn, {
      options: { dataDir: dataDir(), version: '9.9.9' },
      shell,
      log,
    });
    clients.push(client);
    return { client, channel, log };
  }

  it('answers calls and says where the data is', async () => {
    const { client } = await start();
    expect(client.info).toEqual({
      version: '9.9.9',
      dataDir: dataDir(),
      // On a server, its URL without the password.
      databasePath:
        TEST_ENGINE === 'postgres'
          ? expect.stringMatching(/^postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/t_/)
          : join(dataDir(), 'hoi-nghi.sqlite'),
      exportsDir: join(dataDir(), 'exports'),
    });
    const created = await client.dispatch('conferences.create', conferenceInput());
    expect(created.ok).toBe(true);
    const listed = await client.dispatch('conferences.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ title: conferenceInput().title }] });
    // The dispatcher's typed refusals cross unchanged.
    expect(await client.dispatch('no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    const invalid = await client.dispatch('conferences.create', { title: '' });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: expect.any(Array) } },
    });
  });

  it('hands a written file to the shell by its handle once, and knows no other', async () => {
    const { client } = await start();
    await client.dispatch('conferences.create', conferenceInput());
    const written = await client.dispatch('audit.export', {});
    if (!written.ok) throw new Error(written.error.message);
    const { handle, path } = written.value as { handle: string; path: string };
    expect(await client.files.take(handle)).toMatchObject({ handle, path });
    // A download takes the file: the same handle, or one never handed out, finds nothing.
    expect(await client.files.take(handle)).toBeNull();
    expect(await client.files.take('x'.repeat(24))).toBeNull();
  });

  it('relays the core events to every subscriber until it unsubscribes', async () => {
    const { client } = await start();
    const seen: AppEvent[] = [];
    const other: AppEvent[] = [];
    const unsubscribe = client.events.subscribe((event) => seen.push(event));
    client.events.subscribe((event) => other.push(event));
    await client.dispatch('conferences.create', conferenceInput());
    await vi.waitFor(() => expect(seen).toContainEqual({ type: 'conferences.changed', id: 1 }));
    unsubscribe();
    await client.dispatch('conferences.create', conferenceInput({ title: 'Hội nghị sơ kết' }));
    await vi.waitFor(() => expect(other).toContainEqual({ type: 'conferences.changed', id: 2 }));
    expect(seen.filter((e) => e.type === 'conferences.changed')).toHaveLength(1);
  });

  it('tells the core which shell services exist, and answers its requests for them', async () => {
    const openFolder = vi.fn(() => Promise.resolve());
    const chooseFolder = vi.fn(() => Promise.resolve('/media/usb/sao-luu'));
    const { client, channel } = await start({ openFolder, chooseFolder, openProjectorWindow: undefined });
    expect(channel.start().services.sort()).toEqual(['chooseFolder', 'openFolder']);

    const opened = await client.dispatch('logs.openFolder', {});
    expect(opened).toEqual({ ok: true, value: { opened: true, path: join(dataDir(), 'logs') } });
    expect(openFolder).toHaveBeenCalledWith(join(dataDir(), 'logs'));
    expect(await client.dispatch('backups.chooseFolder', {})).toEqual({
      ok: true,
      value: { folder: '/media/usb/sao-luu' },
    });
    // A service the shell does not have is missing in the core too, as before.
    expect(await client.dispatch('projector.openWindow', {})).toEqual({ ok: true, value: { opened: false } });
  });

  it("brings a shell service's failure back to the core as a failure", async () => {
    const log = vi.fn();
    const openFolder = () => Promise.reject(new Error('no file manager'));
    const { client } = await start({ openFolder }, log);
    const result = await client.dispatch('logs.openFolder', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers INTERNAL when a result cannot cross, and goes on serving', async () => {
    const channel = channelCore({
      create: async (options) => {
        const core = await openCore(options);
        const dispatch: typeof core.dispatch = (method, input) =>
          method === 'app.info'
            ? Promise.resolve({ ok: true, value: () => 'not data' })
            : core.dispatch(method, input);
        return { ...core, dispatch };
      },
    });
    channels.push(channel);
    const client = await startCore(channel.spawn, { options: { dataDir: dataDir() } });
    clients.push(client);
    expect(await client.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await client.dispatch('conferences.list', {})).toEqual({ ok: true, value: [] });
  });

  it('reports a start failure with the code and Vietnamese message createCore gives', async () => {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(join(dataDir(), 'hoi-nghi.sqlite'), Buffer.alloc(8192, 7));
    const direct = await createCore({ dataDir: dataDir(), log: () => undefined }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(direct).toBeInstanceOf(AppError);

    const channel = channelCore();
    channels.push(channel);
    const failure = await startCore(channel.spawn, { options: { dataDir: dataDir() } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('DB_CORRUPT');
    expect((failure as AppError).message).toBe((direct as AppError).message);
    expect((failure as AppError).message).toMatch(/bị hỏng/);
    expect((failure as AppError).details).toEqual((direct as AppError).details);
  });

  it('answers calls in flight with a typed error when the core dies, and every later call too', async () => {
    // The core waits for a window that never opens, so this call is still in flight.
    const openProjectorWindow = vi.fn(() => new Promise<void>(() => undefined));
    const { client, channel, log } = await start({ openProjectorWindow });
    const inFlight = client.dispatch('projector.openWindow', {});
    await vi.waitFor(() => expect(openProjectorWindow).toHaveBeenCalled());

    channel.die('test: the thread died');
    const stopped = { ok: false, error: { code: 'INTERNAL', message: CORE_STOPPED_MESSAGE } };
    await expect(inFlight).resolves.toEqual(stopped);
    await expect(client.dispatch('conferences.list', {})).resolves.toEqual(stopped);
    await client.exited;
    expect(log).toHaveBeenCalledWith(expect.stringContaining('1 yêu cầu bị hủy'), expect.any(Error));
    expect(CORE_STOPPED_MESSAGE).toMatch(/^Lõi ứng dụng đã dừng/);
    await client.close();
  });

  // Skipped on PostgreSQL: the app takes no copies of a server's data (tests/backups/server.test.ts).
  it.skipIf(TEST_ENGINE === 'postgres')(
    'closes the core, which takes its on-close backup, and ends the child',
    async () => {
      const { client, channel } = await start();
      await client.dispatch('conferences.create', conferenceInput());
      clients.splice(0);
      await client.close();
      await channel.served();
      await client.exited;
      const backups = join(dataDir(), 'backups');
      expect(existsSync(backups) && readdirSync(backups).some((name) => name.includes('khi-dong'))).toBe(
        true,
      );
      await expect(client.dispatch('conferences.list', {})).resolves.toMatchObject({ ok: false });
    },
  );
});

describe('core protocol helpers', () => {
  it('keeps an AppError an AppError across the boundary, and a plain error plain', () => {
    const appError = uncrossError(
      structuredClone(crossError(new AppError('DB_TOO_NEW', 'Tệp dữ liệu do phiên bản mới hơn tạo ra.'))),
    );
    expect(appError).toBeInstanceOf(AppError);
    expect(appError).toMatchObject({
      code: 'DB_TOO_NEW',
      message: 'Tệp dữ liệu do phiên bản mới hơn tạo ra.',
    });
    const plain = uncrossError(structuredClone(crossError(new TypeError('boom'))));
    expect(plain).not.toBeInstanceOf(AppError);
    expect(String(plain)).toBe('TypeError: boom');
    expect(uncrossError(crossError('text')).message).toBe('text');
  });

  it('forwards exactly the services named, whatever their names', async () => {
    const asked: [string, unknown[]][] = [];
    const shell = forwardShell(['openFolder'], (service, args) => {
      asked.push([service, args]);
      return Promise.resolve(undefined);
    });
    expect(Object.keys(shell)).toEqual(['openFolder']);
    await shell.openFolder?.('/tmp/x');
    expect(asked).toEqual([['openFolder', ['/tmp/x']]]);
  });
});
