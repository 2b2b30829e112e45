import { describe, expect, it } from 'vitest';
import { call, callError, TEST_ENGINE, useCores, useTempDir } from '../helpers';

/**
 * On a PostgreSQL server the app takes no copies of its own: the server's backups (pg_dump)
 * apply, and the backups page says so. On the laptop's SQLite file the page lists its copies.
 */
describe('backups on either engine', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('lists the server for pg_dump on PostgreSQL, and refuses to copy or restore there', async () => {
    const core = await openCore({ dataDir: dir() });
    const list = await call(core, 'backups.list', {});
    const info = await call(core, 'app.info', {});
    expect(info.engine).toBe(TEST_ENGINE);
    if (TEST_ENGINE === 'sqlite') {
      expect(list.server).toBeNull();
      expect(info.backupsDir).toBe(list.folder);
      expect((await call(core, 'backups.create', {})).name).toMatch(/\.sqlite$/);
      return;
    }
    expect(list.server?.url).toMatch(/^postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/t_[0-9a-f]+$/);
    expect(list.server?.database).toMatch(/^t_[0-9a-f]+$/);
    expect(list.backups).toEqual([]);
    expect(info.backupsDir).toBe('');
    for (const [method, input] of [
      ['backups.create', {}],
      ['backups.restore', { name: 'hoi-nghi-thu-cong-2026-01-01_00-00-00-000.sqlite' }],
      ['backups.setFolder', { folder: dir() }],
    ] as const) {
      const error = await callError(core, method, input);
      expect(error.code).toBe('INVALID_STATE');
      expect(error.message).toMatch(/pg_dump/);
    }
  });
});
