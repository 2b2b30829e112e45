// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type CoreOptions } from '../../src/main/app/create-core';
import { MANIFEST_FILE } from '../../src/main/db/backup-manifest';
import { call, useCores, useTempDir } from '../helpers';
import { addConference, backupNames, manualClock, manualTimer } from './setup';

const LOOK_ALIKE = 'hoi-nghi-dinh-ky-2020-01-01_00-00-00-000.sqlite';

describe('rotation deletes only the app’s own copies', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const defaultFolder = () => join(dir(), 'backups');
  const manifest = (folder: string) =>
    (JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as { files: string[] }).files;
  const sqliteFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.sqlite'));

  function options(clock = manualClock()): CoreOptions {
    return {
      dataDir: dir(),
      now: clock.now,
      backups: { schedule: manualTimer().schedule, rotation: { keepLast: 1, keepDays: 0 } },
    };
  }

  it('never deletes a file in a chosen folder that only looks like a backup', async () => {
    const clock = manualClock();
    const core = await openCore(options(clock));
    const usb = join(dir(), 'usb');
    mkdirSync(usb);
    writeFileSync(join(usb, LOOK_ALIKE), 'bản của máy khác');
    await call(core, 'backups.setFolder', { folder: usb });

    const taken: string[] = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(60_000);
      taken.push((await call(core, 'backups.create', {})).name);
    }
    expect(sqliteFiles(usb).sort()).toEqual([LOOK_ALIKE, taken[2]].sort());
    expect(readFileSync(join(usb, LOOK_ALIKE), 'utf8')).toBe('bản của máy khác');
    expect(manifest(usb)).toEqual([taken[2]]);
    // Still listed, so it can be inspected or restored.
    expect(await backupNames(core)).toContain(LOOK_ALIKE);
  });

  it('adopts the copies already in the default folder once, then only its own', async () => {
    const clock = manualClock();
    const first = await createCore({ ...options(clock), log: () => undefined });
    await addConference(first, 'Hội nghị tổng kết');
    const before = (await call(first, 'backups.create', {})).name;
    await first.close();
    // As an older version left it: copies, and no manifest.
    copyFileSync(join(defaultFolder(), before), join(dir(), 'giu-lai.sqlite'));
    rmSync(join(defaultFolder(), MANIFEST_FILE));
    expect(sqliteFiles(defaultFolder())).toContain(before);

    clock.advance(60_000);
    const core = await openCore(options(clock));
    clock.advance(60_000);
    const next = (await call(core, 'backups.create', {})).name;
    expect(sqliteFiles(defaultFolder())).toEqual([next]);
    expect(manifest(defaultFolder())).toEqual([next]);

    // Once the manifest exists, a look-alike dropped in later is left alone.
    copyFileSync(join(dir(), 'giu-lai.sqlite'), join(defaultFolder(), LOOK_ALIKE));
    clock.advance(60_000);
    const last = (await call(core, 'backups.create', {})).name;
    expect(sqliteFiles(defaultFolder()).sort()).toEqual([LOOK_ALIKE, last].sort());
  });

  it('rotates nothing it did not write in a chosen folder without a manifest', async () => {
    const clock = manualClock();
    const core = await openCore(options(clock));
    const usb = join(dir(), 'usb');
    mkdirSync(usb);
    const older = 'hoi-nghi-thu-cong-2026-11-20_01-00-00-000.sqlite';
    writeFileSync(join(usb, older), 'x');
    await call(core, 'backups.setFolder', { folder: usb });
    clock.advance(60_000);
    const taken = (await call(core, 'backups.create', {})).name;
    expect(sqliteFiles(usb).sort()).toEqual([older, taken].sort());
  });
});
