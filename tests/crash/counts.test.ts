// @engine sqlite: the SQLite file after a killed process; PostgreSQL's crash test is tests/crash/pg-import.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/app/create-core';
import { countsFromEncoded } from '../../src/main/voting/tally';
import { addNominees } from '../decisions/seed';
import { call, conferenceInput, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';
import { MEMBERS } from './children/count-sets';
import { bundleChild, crashSeed, eachKill, KILLS, reopenChecked, runAndKill } from './harness';
import { rawSqlite } from '../../src/main/db/open';

const NOMINEES = 200;

interface PollRow {
  ballots_issued: number | null;
  ballots_returned: number | null;
  valid: number | null;
  invalid: number | null;
}
interface VoteRow {
  nominee_id: number;
  agree: number | null;
  disagree: number | null;
  abstain: number | null;
}

describe('committing vote counts killed at random moments', () => {
  const dir = useTempDir('hoi-nghi-crash-');

  it(`never leaves counts half written after ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const dataDir = join(dir(), 'data');
    const bundle = await bundleChild('counts', dir());
    const core = await createCore({ dataDir, log: () => undefined });
    const conference = await call(core, 'conferences.create', conferenceInput());
    await seatCouncil(core, conference.id, MEMBERS, MEMBERS);
    const ids = await addNominees(
      core,
      conference.id,
      Array.from({ length: NOMINEES }, (_, i) => ({
        fullName: `Lê Thị Kim Liên ${i + 1}`,
        form: 'Giấy khen',
      })),
    );
    const rule = (await presetRules(core))((await call(core, 'rules.list', {}))[0]?.rule.name ?? '');
    const typed = await countingPoll(core, conference.id, ids, rule, 'Bình xét Giấy khen');
    const counted = await countingPoll(core, conference.id, ids, rule, 'Bình xét Giấy khen (phiếu)');
    await core.close();

    const seed = crashSeed();
    let roundMs = 0;
    let ballotsAdded = 0;
    let cutOff = 0;
    await eachKill(seed, KILLS, async (run, random) => {
      // A kill anywhere in the child's first two rounds (a save and a ballot each).
      const moment = run === 0 ? { afterFirstDone: true as const } : { afterStartMs: random() * 4 * roundMs };
      const args = [dataDir, String(typed.id), String(counted.id), ids.join(','), String(run * 1000)];
      const child = await runAndKill(bundle, args, moment);
      roundMs = child.firstOpMs ?? roundMs;
      ballotsAdded += child.done.get('addBallot') ?? 0;
      const ballotCutOff = child.inFlight === 'addBallot' ? 1 : 0;
      if (child.inFlight) cutOff++;

      const store = await reopenChecked(dataDir);
      try {
        const sqlite = rawSqlite(store);
        const poll = (id: number) => sqlite.prepare('select * from polls where id = ?').get(id) as PollRow;
        const votes = (id: number) =>
          sqlite
            .prepare('select * from poll_nominees where poll_id = ? order by position')
            .all(id) as VoteRow[];

        // Typed-in counts: one whole set, never the totals of one and the votes of another.
        const totals = poll(typed.id);
        const rows = votes(typed.id);
        if (totals.valid === null) {
          expect(totals, 'no counts yet').toEqual({
            ...totals,
            ballots_issued: null,
            ballots_returned: null,
            invalid: null,
          });
          expect(rows.filter((r) => r.agree !== null || r.disagree !== null || r.abstain !== null)).toEqual(
            [],
          );
        } else {
          const valid = totals.valid;
          expect((totals.invalid ?? -1) + valid).toBe(totals.ballots_returned);
          const first = rows[0]?.agree ?? -1;
          const wrong = rows.filter(
            (r, j) =>
              r.agree !== (first + j) % (valid + 1) ||
              r.disagree !== valid - (r.agree ?? 0) ||
              r.abstain !== 0,
          );
          expect(wrong, 'votes from another set of counts').toEqual([]);
        }

        // Counted ballots: the totals are always those of the ballots stored.
        const ballots = sqlite
          .prepare('select invalid, marks from poll_ballots where poll_id = ? order by id')
          .all(counted.id) as { invalid: number; marks: string }[];
        expect(ballots.length).toBeGreaterThanOrEqual(ballotsAdded);
        expect(ballots.length).toBeLessThanOrEqual(ballotsAdded + ballotCutOff);
        ballotsAdded = ballots.length;
        const stored = poll(counted.id);
        if (ballots.length > 0) {
          const expected = countsFromEncoded(
            stored.ballots_issued ?? 0,
            ids,
            ballots.map((b) => ({ invalid: b.invalid === 1, encoded: b.marks })),
          );
          expect(stored).toMatchObject({
            ballots_returned: expected.ballotsReturned,
            valid: expected.valid,
            invalid: expected.invalid,
          });
          expect(
            votes(counted.id).map(({ nominee_id, agree, disagree, abstain }) => ({
              nomineeId: nominee_id,
              agree,
              disagree,
              abstain,
            })),
          ).toEqual(expected.votes);
        }
      } finally {
        await store.close();
      }
    });
    console.log(
      `counts crash: seed ${seed}, round ${Math.round(roundMs)} ms, ${ballotsAdded} ballots, ${cutOff} cut off`,
    );
    expect(cutOff, `seed ${seed}`).toBeGreaterThanOrEqual(KILLS * 0.6);
    expect(ballotsAdded, `seed ${seed}`).toBeGreaterThan(0);
  });
});
