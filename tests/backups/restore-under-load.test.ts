// @engine sqlite: the app's own backups are copies of the SQLite file; on PostgreSQL the server's backups apply (tests/backups/server.test.ts).
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import type { ApiErrorBody } from '../../src/shared/api/errors';
import { call, conferenceInput, useCores, useTempDir } from '../helpers';
import { manualTimer } from './setup';

/**
 * Restores under a write load: writers keep creating and editing nominees from what they last
 * read (so some hold copies from before a restore), while backups are taken and restored five
 * times. No write based on a copy read before a restore may succeed after it, and every write
 * acknowledged since the last restore must be in the database as acknowledged.
 */

type Result<M extends MethodName> = { ok: true; value: MethodOutput<M> } | { ok: false; error: ApiErrorBody };

const dispatch = async <M extends MethodName>(core: Core, method: M, input: MethodInput<M>) =>
  (await core.dispatch(method, input)) as Result<M>;

/** A nominee as a writer last read it, and which database it was read from. */
interface Copy {
  revision: number;
  generation: number;
}

const CYCLES = 5;
const WRITERS = 6;

describe('restore under a write load', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it(`loses and overwrites nothing acknowledged over ${CYCLES} restores`, async () => {
    const core = await openCore({ dataDir: dir(), backups: { schedule: manualTimer().schedule } });
    const { id: conferenceId } = await call(core, 'conferences.create', conferenceInput());
    // Counted when the core says so: a call that ends after this moved ran on the new file.
    let generation = 0;
    core.events.subscribe((event) => {
      if (event.type === 'database.replaced') generation += 1;
    });
    const tally = { acknowledged: 0, refused: 0, staleAccepted: 0 };
    /** id → the name last acknowledged for it, in the current database. */
    let acknowledged = new Map<number, string>();
    let stop = false;
    let paused: Promise<void> | null = null;
    let idle = 0;

    const acknowledge = (id: number, fullName: string, generationAtEnd: number) => {
      tally.acknowledged += 1;
      if (generationAtEnd === generation) acknowledged.set(id, fullName);
    };

    const writer = async (w: number) => {
      const seen = new Map<number, Copy>();
      for (let i = 0; !stop; i += 1) {
        // Calls arrive over IPC or HTTP, each in a task of its own: without this, writers on a
        // synchronous driver would run in microtasks only and never let a timer or a job run.
        await new Promise((resolve) => setImmediate(resolve));
        if (paused) {
          idle += 1;
          await paused;
          idle -= 1;
        }
        const known = [...seen.entries()];
        const target = known.length > 0 && i % 3 !== 0 ? known[(i * 7 + w) % known.length] : undefined;
        if (target) {
          const [id, copy] = target;
          const fullName = `Người ${w}-${i}`;
          const result = await dispatch(core, 'nominees.update', {
            id,
            revision: copy.revision,
            kind: 'ca_nhan',
            fullName,
          });
          if (result.ok) {
            if (copy.generation !== generation) tally.staleAccepted += 1;
            seen.set(id, { revision: result.value.revision, generation });
            acknowledge(id, fullName, generation);
          } else {
            expect(['CONFLICT', 'NOT_FOUND']).toContain(result.error.code);
            tally.refused += 1;
            seen.delete(id);
            const fresh = await dispatch(core, 'nominees.get', { id });
            if (fresh.ok) seen.set(id, { revision: fresh.value.revision, generation });
          }
        } else {
          const fullName = `Mới ${w}-${i}`;
          const result = await dispatch(core, 'nominees.create', { conferenceId, kind: 'ca_nhan', fullName });
          expect(result.ok ? null : result.error).toBeNull();
          if (result.ok) {
            seen.set(result.value.id, { revision: result.value.revision, generation });
            acknowledge(result.value.id, fullName, generation);
          }
        }
      }
    };

    /** With the writers held, every write acknowledged in this database is in it as acknowledged. */
    const lostOrOverwritten = async (): Promise<number> => {
      let resume = () => undefined as unknown;
      paused = new Promise<void>((resolve) => {
        resume = resolve;
      });
      while (idle < WRITERS && !stop) await new Promise((resolve) => setTimeout(resolve, 5));
      let bad = 0;
      for (const [id, fullName] of acknowledged) {
        const now = await dispatch(core, 'nominees.get', { id });
        if (!now.ok || now.value.fullName !== fullName) bad += 1;
      }
      paused = null;
      resume();
      return bad;
    };

    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    const lost: number[] = [];
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    try {
      for (let cycle = 0; cycle < CYCLES; cycle += 1) {
        await settle();
        const backup = await call(core, 'backups.create', undefined);
        await settle();
        lost.push(await lostOrOverwritten());
        // The restore runs while the writers go on; what it rolls back is what the office chose.
        const restored = call(core, 'backups.restore', { name: backup.name });
        acknowledged = new Map();
        await restored;
        acknowledged = new Map();
      }
      await settle();
      lost.push(await lostOrOverwritten());
    } finally {
      // The writers stop whatever happened above, so a failure cannot leave them running.
      stop = true;
      paused = null;
      await Promise.allSettled(writers);
    }
    await Promise.all(writers);

    console.info(
      `restore under load: ${CYCLES} restores, ${tally.acknowledged} writes acknowledged, ` +
        `${tally.refused} stale writes refused, ${tally.staleAccepted} stale writes accepted, ` +
        `acknowledged writes lost or overwritten per check: ${lost.join(', ')}`,
    );
    expect(tally.acknowledged).toBeGreaterThan(100);
    expect(tally.refused).toBeGreaterThan(0);
    expect(tally.staleAccepted).toBe(0);
    expect(lost).toEqual(Array.from({ length: CYCLES + 1 }, () => 0));
  }, 120_000);
});
