// @engine sqlite: the SQLite file after a killed process; PostgreSQL's crash test is tests/crash/pg-import.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/app/create-core';
import { formatRegisterNumber } from '../../src/shared/register-number';
import { addNominees, createRegister, type SeedNominee } from '../decisions/seed';
import { call, conferenceInput, useTempDir } from '../helpers';
import { bundleChild, crashSeed, eachKill, KILLS, reopenChecked, runAndKill } from './harness';
import { rawSqlite } from '../../src/main/db/open';

const BATCH = 500;
const FIRST_NUMBER = 125;

/** Approved nominees, a fifth with the higher form, so that numbering also reorders them. */
const approved = (count: number): SeedNominee[] =>
  Array.from({ length: count }, (_, i) => ({
    fullName: `Nguyễn Thị Thơm ${i + 1}`,
    unitName: 'Đảng bộ xã Kỳ Hoa',
    form: i % 5 === 0 ? 'Bằng khen' : 'Giấy khen',
    status: 'duoc_duyet',
  }));

describe('numbering a batch of awards killed at random moments', () => {
  const dir = useTempDir('hoi-nghi-crash-');

  it(
    `hands out no register number twice and leaves no gap after ${KILLS} kills`,
    { timeout: 600_000 },
    async () => {
      const dataDir = join(dir(), 'data');
      const bundle = await bundleChild('numbering', dir());
      const core = await createCore({ dataDir, log: () => undefined });
      const conference = await call(core, 'conferences.create', conferenceInput());
      const ids = await addNominees(core, conference.id, approved(BATCH));
      const register = await createRegister(core, FIRST_NUMBER);
      await core.close();
      const args = [dataDir, String(conference.id), String(register.id), ids.join(',')];

      const seed = crashSeed();
      let roundMs = 0;
      let finished = 0;
      let cutOff = 0;
      await eachKill(seed, KILLS, async (run, random) => {
        // The child numbers batch after batch; a kill anywhere in its first two rounds.
        const moment =
          run === 0 ? { afterFirstDone: true as const } : { afterStartMs: random() * 2 * roundMs };
        const child = await runAndKill(bundle, args, moment);
        roundMs = child.firstOpMs ?? roundMs;
        finished += child.done.get('assign') ?? 0;
        if (child.inFlight) cutOff++;

        const store = await reopenChecked(dataDir);
        try {
          const sqlite = rawSqlite(store);
          const perDecision = sqlite
            .prepare('select count(*) from decision_awards group by decision_id')
            .pluck()
            .all() as number[];
          // A decision has all its awards or none: a cut-off round leaves at most an empty decision.
          expect(
            perDecision.filter((n) => n !== BATCH),
            'decisions with part of the batch',
          ).toEqual([]);
          expect(perDecision.length).toBeGreaterThanOrEqual(finished);
          expect(perDecision.length).toBeLessThanOrEqual(finished + cutOff);

          const row = sqlite.prepare('select * from registers where id = ?').get(register.id) as {
            prefix: string;
            suffix: string;
            padding: number;
            next_number: number;
          };
          const given = sqlite
            .prepare(
              'select register_seq as seq, register_number as text from decision_awards where register_id = ? order by register_seq',
            )
            .all(register.id) as { seq: number; text: string }[];
          // Every number from the first to the counter's, each once: none twice, none skipped.
          expect(row.next_number).toBe(FIRST_NUMBER + given.length);
          expect(
            given.every(({ seq }, i) => seq === FIRST_NUMBER + i),
            'numbers in a row',
          ).toBe(true);
          expect(given.filter(({ seq, text }) => text !== formatRegisterNumber(row, seq))).toEqual([]);
        } finally {
          await store.close();
        }
      });
      console.log(
        `numbering crash: seed ${seed}, round ${Math.round(roundMs)} ms, ${finished} rounds, ${cutOff} cut off`,
      );
      expect(cutOff, `seed ${seed}`).toBeGreaterThanOrEqual(KILLS * 0.6);
      expect(finished, `seed ${seed}`).toBeGreaterThan(0);
    },
  );
});
