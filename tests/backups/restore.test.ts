// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Migration } from 'kysely/migration';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, type CoreOptions } from '../../src/main/app/create-core';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase, rawSqlite } from '../../src/main/db/open';
import type { AppEvent } from '../../src/shared/api/events';
import { call, callError, snapshotDatabase, useCores, useTempDir } from '../helpers';
import {
  addConference,
  backupFilesIn,
  backupNames,
  conferenceTitles,
  manualClock,
  manualTimer,
} from './setup';

const V1 = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, 1));
const LATEST = Object.keys(MIGRATIONS).at(-1);

describe('restoring a backup', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const folder = () => join(dir(), 'backups');
  const livePath = () => join(dir(), DATABASE_FILE);

  async function setUp(extra: Partial<CoreOptions> = {}) {
    const clock = manualClock();
    const core = await openCore({
      dataDir: dir(),
      now: clock.now,
      backups: { schedule: manualTimer().schedule },
      ...extra,
    });
    return { core, clock };
  }

  async function nomineeCount(core: Awaited<ReturnType<typeof setUp>>['core'], conferenceId: number) {
    return (await call(core, 'nominees.list', { conferenceId })).counts.total;
  }

  /** A backup an older version took: migration 0001 only, one conference. */
  async function placeV1Backup(name: string, title: string): Promise<void> {
    const elsewhere = join(dir(), 'old');
    mkdirSync(elsewhere);
    const store = await openDatabase(join(elsewhere, 'old.sqlite'), { migrations: V1 });
    rawSqlite(store)
      .prepare(
        "insert into conferences (title, kind, starts_at, created_at, updated_at) values (?, 'so_ket', '2021-05-19', 'x', 'x')",
      )
      .run(title);
    await store.close();
    mkdirSync(folder(), { recursive: true });
    copyFileSync(join(elsewhere, 'old.sqlite'), join(folder(), name));
  }

  it('shows what a backup holds, restores it, and the handlers read the restored data', async () => {
    const { core, clock } = await setUp();
    const kept = await addConference(core, 'Hội nghị sơ kết Chỉ thị 05', ['Đinh Thị Thơm', 'Phạm Văn Hải']);
    const backup = await call(core, 'backups.create', {});

    clock.advance(60_000);
    await addConference(core, 'Hội nghị tổng kết năm 2026');
    await call(core, 'nominees.create', {
      conferenceId: kept.id,
      kind: 'ca_nhan',
      fullName: 'Lê Thị Kim Liên',
      unitName: 'Văn phòng',
      awardFormId: null,
    });

    const contents = await call(core, 'backups.inspect', { name: backup.name });
    expect(contents).toMatchObject({ name: backup.name, schemaVersion: LATEST, needsUpgrade: false });
    expect(contents.conferences).toEqual([
      {
        id: kept.id,
        title: 'Hội nghị sơ kết Chỉ thị 05',
        startsAt: kept.startsAt,
        nominees: 2,
        polls: 0,
        decisions: 0,
      },
    ]);

    const events: AppEvent[] = [];
    core.events.subscribe((event) => events.push(event));
    clock.advance(60_000);
    const result = await call(core, 'backups.restore', { name: backup.name });
    expect(result.restored).toBe(backup.name);
    expect(result.undoName).toMatch(/^hoi-nghi-truoc-khoi-phuc-/);
    expect(events).toContainEqual({ type: 'database.replaced' });

    expect(await conferenceTitles(core)).toEqual(['Hội nghị sơ kết Chỉ thị 05']);
    expect(await nomineeCount(core, kept.id)).toBe(2);
    // The restored store takes writes through the rebuilt handlers.
    await addConference(core, 'Sau khi khôi phục');
    expect(await conferenceTitles(core)).toEqual(['Hội nghị sơ kết Chỉ thị 05', 'Sau khi khôi phục']);
    expect(readdirSync(dir()).filter((name) => name.startsWith(DATABASE_FILE))).toEqual(
      expect.not.arrayContaining([`${DATABASE_FILE}.khoi-phuc`, `${DATABASE_FILE}.truoc-khoi-phuc`]),
    );
  });

  it('undoes a restore by restoring the copy taken just before it', async () => {
    const { core, clock } = await setUp();
    const conference = await addConference(core, 'Hội nghị sơ kết', ['Nguyễn Văn An']);
    const backup = await call(core, 'backups.create', {});
    clock.advance(60_000);
    await addConference(core, 'Hội nghị tổng kết', ['Trần Thị Bình']);
    await call(core, 'settings.update', { placeName: 'Kỳ Anh' });
    const before = { titles: await conferenceTitles(core), settings: await call(core, 'settings.get', {}) };

    clock.advance(60_000);
    const { undoName } = await call(core, 'backups.restore', { name: backup.name });
    expect(await conferenceTitles(core)).toEqual(['Hội nghị sơ kết']);
    expect((await call(core, 'settings.get', {})).placeName).toBe('');

    clock.advance(60_000);
    const undone = await call(core, 'backups.restore', { name: undoName });
    expect(undone.undoName).not.toBe(undoName);
    expect(await conferenceTitles(core)).toEqual(before.titles);
    expect(await call(core, 'settings.get', {})).toEqual(before.settings);
    expect(await nomineeCount(core, conference.id)).toBe(1);
    // Both pre-restore copies are listed, so the undo can itself be undone.
    expect((await backupNames(core)).filter((name) => name.includes('truoc-khoi-phuc'))).toHaveLength(2);
  });

  it('migrates a backup from an older version when restoring it', async () => {
    const { core } = await setUp();
    await addConference(core, 'Hội nghị hiện tại');
    const name = 'hoi-nghi-thu-cong-2021-05-19_08-00-00-000.sqlite';
    await placeV1Backup(name, 'Hội nghị năm 2021');

    const contents = await call(core, 'backups.inspect', { name });
    expect(contents).toMatchObject({ schemaVersion: Object.keys(V1)[0], needsUpgrade: true });
    expect(contents.conferences.map((c) => [c.title, c.nominees, c.polls, c.decisions])).toEqual([
      ['Hội nghị năm 2021', 0, 0, 0],
    ]);

    await call(core, 'backups.restore', { name });
    expect(await conferenceTitles(core)).toEqual(['Hội nghị năm 2021']);
    expect((await call(core, 'app.info', {})).schemaVersion).toBe(LATEST);
    expect((await backupNames(core)).some((n) => n.startsWith('hoi-nghi-truoc-nang-cap-'))).toBe(true);
  });

  it('puts the previous database back when the restored one cannot be opened', async () => {
    // A later migration that fails on the old copy's data: the upgrade on reopening fails.
    const failing: Migration = {
      up: async (db) => {
        const row = await sql<{
          n: number;
        }>`select count(*) as n from conferences where title = 'Hỏng'`.execute(db);
        if ((row.rows[0]?.n ?? 0) > 0) throw new Error('không nâng cấp được');
      },
    };
    const { core } = await setUp({ migrations: { ...MIGRATIONS, '0099_test_failing': failing } });
    await addConference(core, 'Hội nghị đang dùng');
    const name = 'hoi-nghi-thu-cong-2021-05-19_08-00-00-000.sqlite';
    await placeV1Backup(name, 'Hỏng');

    const error = await callError(core, 'backups.restore', { name });
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(await conferenceTitles(core)).toEqual(['Hội nghị đang dùng']);
    await addConference(core, 'Vẫn ghi được');
    expect(await conferenceTitles(core)).toEqual(['Hội nghị đang dùng', 'Vẫn ghi được']);
    expect(existsSync(`${livePath()}.truoc-khoi-phuc`)).toBe(false);
  });

  describe('refusing what it must not restore', () => {
    async function expectNothingChanged(
      core: Awaited<ReturnType<typeof setUp>>['core'],
      run: () => Promise<void>,
    ) {
      const before = await snapshotDatabase(livePath());
      const names = await backupNames(core);
      await run();
      expect(await snapshotDatabase(livePath())).toEqual(before);
      expect(await backupNames(core)).toEqual(names);
    }

    it('refuses a damaged backup, with a Vietnamese message, and changes nothing', async () => {
      const { core } = await setUp();
      await addConference(core, 'Hội nghị đang dùng');
      const name = 'hoi-nghi-dinh-ky-2026-01-01_08-00-00-000.sqlite';
      mkdirSync(folder(), { recursive: true });
      writeFileSync(join(folder(), name), randomBytes(8192));
      await expectNothingChanged(core, async () => {
        const inspected = await callError(core, 'backups.inspect', { name });
        expect(inspected.code).toBe('DB_CORRUPT');
        expect(inspected.message).toContain('bị hỏng');
        expect((await callError(core, 'backups.restore', { name })).code).toBe('DB_CORRUPT');
      });
    });

    it('refuses a backup from a newer version and changes nothing', async () => {
      const { core } = await setUp();
      await addConference(core, 'Hội nghị đang dùng');
      const { name } = await call(core, 'backups.create', {});
      const raw = new BetterSqlite3(join(folder(), name));
      raw
        .prepare("insert into kysely_migration (name, timestamp) values ('0099_from_the_future', 'x')")
        .run();
      raw.close();
      await expectNothingChanged(core, async () => {
        const error = await callError(core, 'backups.restore', { name });
        expect(error.code).toBe('DB_TOO_NEW');
        expect(error.message).toContain('phiên bản mới hơn');
        expect((await callError(core, 'backups.inspect', { name })).code).toBe('DB_TOO_NEW');
      });
    });

    it.each([
      ['../hoi-nghi.sqlite', 'VALIDATION'],
      [DATABASE_FILE, 'VALIDATION'],
      ['/etc/passwd', 'VALIDATION'],
      ['hoi-nghi-thu-cong-2026-11-21_01-00-00-000.sqlite/../../hoi-nghi.sqlite', 'VALIDATION'],
      ['..\\hoi-nghi-thu-cong-2026-11-21_01-00-00-000.sqlite', 'VALIDATION'],
      // Well formed, but not in the backups folder.
      ['hoi-nghi-thu-cong-2020-01-01_00-00-00-000.sqlite', 'NOT_FOUND'],
    ])('refuses the name %s (%s)', async (name, code) => {
      const { core } = await setUp();
      await addConference(core, 'Hội nghị đang dùng');
      // A well-formed name beside the live file is still not a listed backup.
      copyFileSync(livePath(), join(dir(), 'hoi-nghi-thu-cong-2020-01-01_00-00-00-000.sqlite'));
      await expectNothingChanged(core, async () => {
        expect((await callError(core, 'backups.restore', { name })).code).toBe(code);
        expect((await callError(core, 'backups.inspect', { name })).code).toBe(code);
      });
    });
  });

  describe('choosing the folder', () => {
    it('creates a new folder, writes the next backups there and can go back to the default', async () => {
      const { core } = await setUp();
      const usb = join(dir(), 'usb', 'Sao lưu hội nghị');
      const listed = await call(core, 'backups.setFolder', { folder: usb });
      expect(listed).toMatchObject({ folder: usb, isDefault: false, backups: [] });
      const record = await call(core, 'backups.create', {});
      expect(backupFilesIn(usb)).toEqual([record.name]);
      expect((await call(core, 'app.info', {})).backupsDir).toBe(usb);

      const back = await call(core, 'backups.setFolder', { folder: '' });
      expect(back).toMatchObject({ folder: folder(), isDefault: true });
    });

    it('keeps the folder across a restore, so the undo copy stays listed', async () => {
      const { core, clock } = await setUp();
      const before = await call(core, 'backups.create', {});
      const usb = join(dir(), 'usb');
      await call(core, 'backups.setFolder', { folder: usb });
      copyFileSync(join(folder(), before.name), join(usb, before.name));
      clock.advance(60_000);
      const { undoName } = await call(core, 'backups.restore', { name: before.name });
      expect((await call(core, 'backups.list', {})).folder).toBe(usb);
      expect(await backupNames(core)).toContain(undoName);
    });

    it('offers the shell folder picker only where there is one; picking changes nothing by itself', async () => {
      const { core } = await setUp({ shell: { chooseFolder: () => Promise.resolve('/media/usb/sao-luu') } });
      expect((await call(core, 'backups.list', {})).canChooseFolder).toBe(true);
      expect(await call(core, 'backups.chooseFolder', {})).toEqual({ folder: '/media/usb/sao-luu' });
      expect((await call(core, 'backups.list', {})).folder).toBe(folder());

      const web = await openCore({
        dataDir: join(dir(), 'web'),
        backups: { schedule: manualTimer().schedule },
      });
      expect((await call(web, 'backups.list', {})).canChooseFolder).toBe(false);
      expect((await callError(web, 'backups.chooseFolder', {})).code).toBe('FORBIDDEN');
    });

    it.each([
      ['a relative path', () => 'usb/sao-luu', 'VALIDATION'],
      ['a folder under a file', (base: string) => join(base, 'a-file', 'sao-luu'), 'WRITE_FAILED'],
    ])('refuses %s and keeps the folder', async (_title, path, code) => {
      const { core } = await setUp();
      writeFileSync(join(dir(), 'a-file'), 'x');
      const error = await callError(core, 'backups.setFolder', { folder: path(dir()) });
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/thư mục/i);
      expect(await call(core, 'backups.list', {})).toMatchObject({ folder: folder(), isDefault: true });
    });
  });
});
