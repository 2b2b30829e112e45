// @engine sqlite: a full disk under the SQLite file and its journal.
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE, type Core } from '../../src/main/app/create-core';
import { call, callError, conferenceInput } from '../helpers';
import { canMountHere, mountTmpfs, unmount } from '../mounts';

const DISK_FULL_MESSAGE = 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã ghi vẫn an toàn.';

// A real full disk needs a small file system of its own (a 30 MB tmpfs), which needs the right
// to mount. Without it this test cannot be honest, so it does not run, and says why.
const canMount = canMountHere();
if (!canMount)
  console.log('disk-full.test: mounting a tmpfs is not allowed here, the full-disk test did not run');

/** Writes into `path` until the file system refuses with ENOSPC, down to the last block. */
function fill(path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const size of [1 << 20, 64 << 10, 4 << 10, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe.runIf(canMount)('a full disk', () => {
  let dir = '';
  let mounted = false;
  let core: Core | null = null;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-full-'));
    mounted = mountTmpfs(dir, '30m');
  });
  afterAll(async () => {
    // A failed assertion leaves the core open; its files would keep the mount busy.
    await core?.close();
    if (mounted) unmount(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers DISK_FULL to a write, and the database opens intact once space is freed', async () => {
    expect(mounted).toBe(true);
    const logged: unknown[] = [];
    core = await createCore({ dataDir: dir, log: (_m, e) => logged.push(e) });
    const { id: conferenceId } = await call(core, 'conferences.create', conferenceInput());
    const filler = join(dir, 'filler.bin');
    fill(filler);

    // SQLite reuses room it already has (the write-ahead log), so a few writes may still fit.
    let created = 0;
    let failure: unknown = null;
    for (let i = 0; i < 5000 && failure === null; i += 1) {
      const result = await core.dispatch('nominees.create', {
        conferenceId,
        kind: 'ca_nhan',
        fullName: `Nguyễn Văn ${i}`,
        notes: `Ghi chú ${i} `.repeat(150),
      });
      if (result.ok) created += 1;
      else failure = result.error;
    }
    expect(failure).toEqual({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE });
    expect(await callError(core, 'backups.create', undefined)).toEqual({
      code: 'DISK_FULL',
      message: DISK_FULL_MESSAGE,
    });
    expect(logged).toEqual([]);

    rmSync(filler);
    await core.close();
    core = null;
    const sqlite = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
    core = await createCore({ dataDir: dir, log: () => undefined });
    const page = await call(core, 'nominees.list', { conferenceId });
    expect(page.counts.total).toBe(created);
  }, 120_000);
});
