// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/app/create-core';
import { rawSqlite } from '../../src/main/db/open';
import { call, callError, conferenceInput, sha256File, useCores, useTempDir } from '../helpers';
import { manualTimer } from './setup';

/**
 * The whole-file check runs after the core answers (the start must not wait 0.7 s for it on a
 * large file). A damaged file must still be said at once, and nothing may be written to it.
 */
describe('the start-up check of the data file', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const livePath = () => join(dir(), DATABASE_FILE);
  const options = () => ({ dataDir: dir(), backups: { schedule: manualTimer().schedule } });

  /** A file with enough rows to span many pages, closed (the close takes a backup of it). */
  async function fileWithData(): Promise<void> {
    const core = await openCore(options());
    const sqlite = rawSqlite(core.context.store);
    const insert = sqlite.prepare(
      "insert into conferences (title, title_folded, kind, starts_at, notes, created_at, updated_at) values (?, ?, 'khac', '2022-01-01', ?, 'x', 'x')",
    );
    sqlite.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`Hội nghị ${i}`, `hoi nghi ${i}`, 'Ghi chú. '.repeat(30));
    })();
    await core.close();
  }

  /** Overwrites one page in the middle of the file with random bytes. */
  function damageMiddlePage(): void {
    const pageSize = 4096;
    const pages = statSync(livePath()).size / pageSize;
    expect(pages).toBeGreaterThan(10);
    const fd = openSync(livePath(), 'r+');
    writeSync(fd, randomBytes(pageSize), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
  }

  it('finds a sound file sound, and writes wait for the check rather than racing it', async () => {
    await fileWithData();
    const core = await openCore(options());
    // Sent before the check can have finished: it waits at the gate, then runs.
    const created = call(core, 'conferences.create', conferenceInput({ title: 'Ghi ngay khi mở' }));
    await core.settled;
    expect((await created).title).toBe('Ghi ngay khi mở');
    expect(await call(core, 'app.info', {})).toMatchObject({ health: 'sound', healthProblem: null });
  });

  it('says a damaged file is damaged, refuses every write with nothing written, and a restore mends it', async () => {
    await fileWithData();
    const backups = readdirSync(join(dir(), 'backups')).filter((n) => n.endsWith('.sqlite'));
    expect(backups).toHaveLength(1);
    damageMiddlePage();
    const before = sha256File(livePath());

    const core = await openCore(options());
    const events: string[] = [];
    core.events.subscribe((event) => events.push(event.type));
    // A write sent at once, while the check runs: refused when its turn comes, not written.
    const early = callError(core, 'conferences.create', conferenceInput({ title: 'Không được ghi' }));
    await core.settled;
    expect(await early).toMatchObject({
      code: 'DB_CORRUPT',
      message: expect.stringMatching(/bị hỏng.*Sao lưu/),
    });
    const info = await call(core, 'app.info', {});
    expect(info.health).toBe('damaged');
    expect(info.healthProblem).toBeTruthy();
    expect(events).toContain('database.health');
    // Later writes are refused too, and no start-up copy of the damaged file was taken.
    expect((await callError(core, 'settings.update', { values: {} })).code).toBe('DB_CORRUPT');
    expect(readdirSync(join(dir(), 'backups')).filter((n) => n.includes('khoi-dong'))).toEqual([]);
    expect(sha256File(livePath())).toBe(before);

    // The person decides: the backup goes back in place, and the app writes again.
    const restored = await call(core, 'backups.restore', { name: backups[0] ?? '' });
    expect(restored.undoName).toMatch(/truoc-khoi-phuc/);
    expect(await call(core, 'app.info', {})).toMatchObject({ health: 'sound', healthProblem: null });
    const created = await call(
      core,
      'conferences.create',
      conferenceInput({ title: 'Ghi sau khi khôi phục' }),
    );
    expect(created.title).toBe('Ghi sau khi khôi phục');
  });
});
