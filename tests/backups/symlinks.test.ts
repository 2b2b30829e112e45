// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import { copyFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, useCores, useTempDir } from '../helpers';
import { addConference, backupNames, manualClock, manualTimer } from './setup';

const LOOK_ALIKE = 'hoi-nghi-dinh-ky-2020-01-01_00-00-00-000.sqlite';

describe('symbolic links in the backups folder', () => {
  const dir = useTempDir();
  const openCore = useCores();

  // Creating a symbolic link on Windows needs a privilege test machines seldom have.
  it.skipIf(process.platform === 'win32')(
    'are neither listed, inspected nor restored, even when named like a backup',
    async () => {
      const clock = manualClock();
      const core = await openCore({
        dataDir: dir(),
        now: clock.now,
        backups: { schedule: manualTimer().schedule },
      });
      await addConference(core, 'Hội nghị đang dùng');
      const real = (await call(core, 'backups.create', {})).name;
      const elsewhere = join(dir(), 'noi-khac.sqlite');
      copyFileSync(join(dir(), 'backups', real), elsewhere);
      symlinkSync(elsewhere, join(dir(), 'backups', LOOK_ALIKE));

      expect(await backupNames(core)).toEqual([real]);
      expect((await callError(core, 'backups.inspect', { name: LOOK_ALIKE })).code).toBe('NOT_FOUND');
      expect((await callError(core, 'backups.restore', { name: LOOK_ALIKE })).code).toBe('NOT_FOUND');
      expect((await call(core, 'backups.inspect', { name: real })).name).toBe(real);
    },
  );
});
