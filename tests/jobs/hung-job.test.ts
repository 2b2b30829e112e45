// @engine sqlite: SQLite's single write lock, held by a job worker.
import { BroadcastChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { call, useCores, useTempDir } from '../helpers';
import { rawSqlite } from '../../src/main/db/open';
import { RELEASE_CHANNEL } from './fixtures/hang-worker';
import { HANG_WORKER, openedImport, sourceWorker } from './helpers';

/** Far above the 50 ms aim, so a loaded test machine does not fail it; a stuck call takes forever. */
const PROMPT_MS = 1500;

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
}

const settledWithin = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

describe('a job that never finishes', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const release = () => {
    const channel = new BroadcastChannel(RELEASE_CHANNEL);
    channel.postMessage('go');
    channel.close();
  };
  // Whatever happened in the test, the hung worker is let go so the core can close.
  afterEach(release);

  it('holds the write lock in its worker while lists and searches answer promptly', async () => {
    const core = await openCore({ dataDir: dir(), jobs: sourceWorker(HANG_WORKER) });
    const { conference, preview } = await openedImport(core, 20);
    await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
      unitName: 'Đảng bộ xã Kỳ Hoa',
    });

    const commit = core.dispatch('imports.commit', { importId: preview.importId });
    // The worker has the file's write lock once a write on another connection is refused.
    await expect
      .poll(
        () => {
          try {
            rawSqlite(core.context.store).pragma('busy_timeout = 0');
            rawSqlite(core.context.store).exec('begin immediate; rollback;');
            return 'free';
          } catch {
            return 'locked';
          } finally {
            rawSqlite(core.context.store).pragma('busy_timeout = 5000');
          }
        },
        { timeout: 20_000 },
      )
      .toBe('locked');

    // A write waits at the gate (asynchronously: the calls below still answer)…
    const write = core.dispatch('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName: 'Nguyễn Văn Mến',
    });

    // …while lists and searches answer on the read-only connection.
    for (let i = 0; i < 5; i++) {
      const listed = await timed(call(core, 'conferences.list', {}));
      expect(listed.value.map((c) => c.id)).toContain(conference.id);
      expect(listed.ms).toBeLessThan(PROMPT_MS);
      const found = await timed(
        call(core, 'nominees.list', { conferenceId: conference.id, search: 'dinh thi thom' }),
      );
      expect(found.value.rows.map((r) => r.fullName)).toEqual(['Đinh Thị Thơm']);
      expect(found.ms).toBeLessThan(PROMPT_MS);
    }
    expect(await settledWithin(commit, 50)).toBe(false);
    expect(await settledWithin(write, 50)).toBe(false);

    release();
    const failed = await commit;
    expect(failed.ok).toBe(false);
    // The waiting write goes through once the job has ended; the import wrote nothing.
    expect((await write).ok).toBe(true);
    const page = await call(core, 'nominees.list', { conferenceId: conference.id });
    expect(page.rows.map((r) => r.fullName).sort()).toEqual(['Nguyễn Văn Mến', 'Đinh Thị Thơm']);
  });
});
