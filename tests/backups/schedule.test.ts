// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import BetterSqlite3 from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type CoreOptions } from '../../src/main/app/create-core';
import type { BackupOptions } from '../../src/main/backups/service';
import type { AppEvent } from '../../src/shared/api/events';
import { call, callError, useCores, useTempDir } from '../helpers';
import { addConference, backupFilesIn, backupNames, manualClock, manualTimer } from './setup';

const reasonOf = (name: string) => /^hoi-nghi-([a-z-]+?)-\d{4}/.exec(name)?.[1];

describe('automatic backups', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const defaultFolder = () => join(dir(), 'backups');

  function options(backups: BackupOptions = {}, clock = manualClock()): CoreOptions {
    return { dataDir: dir(), now: clock.now, backups };
  }

  it('checks every 10 minutes, and copies only when the data changed since the last copy', async () => {
    const timer = manualTimer();
    const clock = manualClock();
    const core = await openCore(options({ schedule: timer.schedule }, clock));
    expect(timer.interval()).toBe(10 * 60_000);
    // A database created just now holds nothing worth a copy.
    expect(await backupNames(core)).toEqual([]);

    await timer.fire();
    expect(await backupNames(core)).toEqual([]);

    await addConference(core, 'Hội nghị sơ kết 5 năm Chỉ thị 05');
    clock.advance(10 * 60_000);
    await timer.fire();
    const first = await backupNames(core);
    expect(first.map(reasonOf)).toEqual(['dinh-ky']);
    expect(first[0]).toBe('hoi-nghi-dinh-ky-2026-11-21_01-10-00-000.sqlite');

    clock.advance(10 * 60_000);
    await timer.fire();
    expect(await backupNames(core)).toEqual(first);

    await call(core, 'settings.update', { placeName: 'Kỳ Anh' });
    clock.advance(10 * 60_000);
    await timer.fire();
    expect((await backupNames(core)).map(reasonOf)).toEqual(['dinh-ky', 'dinh-ky']);
  });

  it('copies an existing database at start, and on close only when something changed', async () => {
    const clock = manualClock();
    const timer = manualTimer();
    const first = await createCore({ ...options({ schedule: timer.schedule }, clock), log: () => undefined });
    await addConference(first, 'Hội nghị tổng kết năm 2025');
    clock.advance(60_000);
    await first.close();
    expect(timer.running()).toBe(false);
    expect(backupFilesIn(defaultFolder()).map(reasonOf)).toEqual(['khi-dong']);

    clock.advance(60_000);
    const second = await createCore({
      ...options({ schedule: timer.schedule }, clock),
      log: () => undefined,
    });
    // The start-up copy is taken once the whole-file check has found the file sound.
    await second.settled;
    expect((await backupNames(second)).map(reasonOf)).toEqual(['khoi-dong', 'khi-dong']);
    clock.advance(60_000);
    await second.close();
    // Nothing changed since the start copy: the close takes none.
    expect(backupFilesIn(defaultFolder()).map(reasonOf).sort()).toEqual(['khi-dong', 'khoi-dong']);
  });

  it('"Sao lưu ngay" writes a checked copy holding the data and tells the windows', async () => {
    const core = await openCore(options({ schedule: manualTimer().schedule }));
    await addConference(core, 'Hội nghị sơ kết Chỉ thị 05', ['Đinh Thị Thơm', 'Phạm Văn Hải']);
    const events: AppEvent[] = [];
    core.events.subscribe((event) => events.push(event));

    const record = await call(core, 'backups.create', {});
    expect(record).toMatchObject({ reason: 'thu-cong', createdAt: '2026-11-21T01:00:00.000Z' });
    expect(events).toContainEqual({ type: 'backups.changed' });
    const copy = new BetterSqlite3(join(defaultFolder(), record.name), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('select count(*) as n from nominees').get()).toEqual({ n: 2 });
    } finally {
      copy.close();
    }
    expect(backupFilesIn(defaultFolder())).toEqual([record.name]);
  });

  it('removes a copy that fails its integrity check and reports it; nothing half-written stays', async () => {
    const corrupt = (path: string) => {
      // Garbage over every page after the first: the header still reads as SQLite.
      const fd = openSync(path, 'r+');
      try {
        writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, 4096);
      } finally {
        closeSync(fd);
      }
    };
    const core = await openCore(options({ schedule: manualTimer().schedule, afterCopy: corrupt }));
    await addConference(core, 'Hội nghị sơ kết', ['Nguyễn Văn An']);
    const error = await callError(core, 'backups.create', {});
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain('kiểm tra toàn vẹn');
    expect(existsSync(defaultFolder()) ? readdirSync(defaultFolder()) : []).toEqual([]);
  });

  it('keeps only what the rotation keeps', async () => {
    const clock = manualClock();
    const core = await openCore(
      options({ schedule: manualTimer().schedule, rotation: { keepLast: 2, keepDays: 0 } }, clock),
    );
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock.advance(60_000);
      names.push((await call(core, 'backups.create', {})).name);
    }
    expect(await backupNames(core)).toEqual([names[3], names[2]]);
  });

  it('falls back to the default folder when the chosen one is gone (a USB drive pulled out)', async () => {
    const timer = manualTimer();
    const logged: string[] = [];
    const core = await openCore({
      ...options({ schedule: timer.schedule }),
      log: (message) => logged.push(message),
    });
    const usb = join(dir(), 'usb');
    await call(core, 'backups.setFolder', { folder: usb });
    rmSync(usb, { recursive: true });
    writeFileSync(usb, 'not a folder');

    await addConference(core, 'Hội nghị tổng kết');
    await timer.fire();
    expect(backupFilesIn(defaultFolder()).map(reasonOf)).toEqual(['dinh-ky']);
    expect(logged.join('\n')).toContain(usb);
    expect((await callError(core, 'backups.create', {})).code).toBe('WRITE_FAILED');
  });

  it('says on the backups status that copies fall back to the default folder, until the drive is back', async () => {
    const timer = manualTimer();
    const clock = manualClock();
    const core = await openCore(options({ schedule: timer.schedule }, clock));
    const usb = join(dir(), 'usb');
    await call(core, 'backups.setFolder', { folder: usb });
    expect((await call(core, 'backups.list', {})).fallback).toBeNull();
    rmSync(usb, { recursive: true });
    writeFileSync(usb, 'not a folder');

    const events: AppEvent[] = [];
    core.events.subscribe((event) => events.push(event));
    await addConference(core, 'Hội nghị tổng kết');
    clock.advance(10 * 60_000);
    await timer.fire();
    expect((await call(core, 'backups.list', {})).fallback).toEqual({
      folder: usb,
      writtenTo: defaultFolder(),
      at: '2026-11-21T01:10:00.000Z',
    });
    expect(events.filter((event) => event.type === 'backups.changed').length).toBeGreaterThan(0);

    // The drive is plugged back in: the next copy reaches it and the notice goes.
    rmSync(usb);
    mkdirSync(usb);
    await addConference(core, 'Hội nghị sơ kết');
    clock.advance(10 * 60_000);
    await timer.fire();
    expect(backupFilesIn(usb).map(reasonOf)).toEqual(['dinh-ky']);
    expect((await call(core, 'backups.list', {})).fallback).toBeNull();
  });
});
