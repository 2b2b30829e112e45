// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderProbeName } from '../../src/main/backups/folder';
import { call, callError, useCores, useTempDir } from '../helpers';
import { manualTimer } from './setup';

describe('choosing the backups folder', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const defaultFolder = () => join(dir(), 'backups');

  const setUp = (folderCheckMs?: number) =>
    openCore({
      dataDir: dir(),
      backups: { schedule: manualTimer().schedule, ...(folderCheckMs ? { folderCheckMs } : {}) },
    });

  // /proc only exists on Linux; elsewhere there is no folder that makes mkdir loop.
  it.runIf(process.platform === 'linux')(
    'refuses a folder under /proc at once, and the core keeps answering',
    async () => {
      const core = await setUp();
      const started = Date.now();
      const error = await callError(core, 'backups.setFolder', { folder: '/proc/hoi-nghi-thu/sao-luu' });
      expect(Date.now() - started).toBeLessThan(3_500);
      expect(error.message).toMatch(/thư mục/i);
      expect(error.message).toContain('vẫn giữ như cũ');
      expect(await call(core, 'backups.list', {})).toMatchObject({
        folder: defaultFolder(),
        isDefault: true,
      });
      expect((await call(core, 'conferences.list', {})).length).toBe(0);
    },
    10_000,
  );

  // A FIFO stands in for a drive that never answers: opening it to write waits for a reader.
  it.runIf(process.platform !== 'win32')(
    'refuses a folder that does not answer within the time limit',
    async () => {
      const core = await setUp(300);
      const probe = join(dir(), folderProbeName());
      execFileSync('mkfifo', [probe]);
      const started = Date.now();
      const error = await callError(core, 'backups.setFolder', { folder: dir() });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(error.code).toBe('WRITE_FAILED');
      expect(error.message).toContain('không trả lời');
      expect(await call(core, 'backups.list', {})).toMatchObject({ isDefault: true });
      // Let the stuck write finish so that no thread of the test process stays blocked.
      closeSync(openSync(probe, constants.O_RDONLY | constants.O_NONBLOCK));
    },
    10_000,
  );

  describe('refusing a folder that is not fit, and changing nothing', () => {
    async function expectRefused(folder: string, message: RegExp) {
      const core = await setUp();
      const error = await callError(core, 'backups.setFolder', { folder });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(message);
      expect(error.message).toContain('Thư mục sao lưu vẫn giữ như cũ.');
      expect(await call(core, 'backups.list', {})).toMatchObject({
        folder: defaultFolder(),
        isDefault: true,
      });
    }

    it('refuses a system folder', async () => {
      await expectRefused('/etc/hoi-nghi-sao-luu', /thư mục của hệ thống/);
      expect(existsSync('/etc/hoi-nghi-sao-luu')).toBe(false);
    });

    it('refuses a path longer than SQLite and Windows can open', async () => {
      const folder = join(dir(), 'ạ'.repeat(800));
      await expectRefused(folder, /quá dài/);
      expect(existsSync(folder)).toBe(false);
    });

    it('refuses a Windows reserved name anywhere in the path', async () => {
      await expectRefused(join(dir(), 'CON', 'sao-luu'), /tên dành riêng của Windows/);
      expect(existsSync(join(dir(), 'CON'))).toBe(false);
    });

    it('refuses an existing file', async () => {
      writeFileSync(join(dir(), 'ghi-chu.txt'), 'x');
      await expectRefused(join(dir(), 'ghi-chu.txt'), /là một tệp, không phải thư mục/);
    });

    it('refuses the app’s own install folder', async () => {
      const running = process as { resourcesPath?: string };
      const before = running.resourcesPath;
      running.resourcesPath = join(dir(), 'Hội nghị', 'resources');
      try {
        await expectRefused(join(dir(), 'Hội nghị', 'sao-luu'), /thư mục cài đặt/);
        expect(existsSync(join(dir(), 'Hội nghị'))).toBe(false);
      } finally {
        if (before === undefined) delete running.resourcesPath;
        else running.resourcesPath = before;
      }
    });
  });
});
