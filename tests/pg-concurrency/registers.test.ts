import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { ApiErrorBody } from '../../src/shared/api/errors';
import { addNominees, createRegister, latestDecision, type SeedNominee } from '../decisions/seed';
import { call, conferenceInput } from '../helpers';
import { useCluster } from './cluster';

const CLIENTS = 20;
const ROUNDS = 10;
const DECISIONS = 4;
const FIRST = 125;

/**
 * One person pressing "Cấp số" on a decision: reads the decision, assigns, and on a CONFLICT
 * (someone else changed the decision or the register meanwhile) reads again and presses again.
 */
async function assignAsAPerson(
  core: Core,
  decision: { id: number; conferenceId: number },
  nomineeIds: number[],
): Promise<{ added: boolean; refusals: ApiErrorBody[] }> {
  const refusals: ApiErrorBody[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const { revision } = await latestDecision(core, decision);
    const result = await core.dispatch('decisions.assign', { decisionId: decision.id, revision, nomineeIds });
    if (result.ok) return { added: true, refusals };
    refusals.push(result.error);
    if (result.error.code !== 'CONFLICT') break;
  }
  return { added: false, refusals };
}

describe('register numbers given from several server processes at once', () => {
  const cluster = useCluster();

  it('20 clients over 4 cores, 10 rounds: no number twice, none skipped, the counter right', async () => {
    const cores = await cluster.open(4);
    const [a] = cores;
    const conference = await call(a, 'conferences.create', conferenceInput({ startsAt: '2021-05-19' }));
    const people: SeedNominee[] = Array.from({ length: 80 }, (_, i) => ({
      fullName: `Người thứ ${i + 1}`,
      unitName: `Đơn vị ${i % 7}`,
      form: i % 3 === 0 ? 'Bằng khen' : 'Giấy khen',
      status: 'duoc_duyet',
    }));
    const nominees = await addNominees(a, conference.id, people);
    const register = await createRegister(a, FIRST);
    const decisions: { id: number; conferenceId: number }[] = [];
    for (let d = 0; d < DECISIONS; d++) {
      decisions.push(
        await call(a, 'decisions.create', {
          conferenceId: conference.id,
          number: `${100 + d}-QĐ/ThU`,
          date: '2021-05-19',
          issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
          signerCapacity: 'T/M BAN THƯỜNG VỤ',
          signerTitle: 'BÍ THƯ',
          signerName: 'Nguyễn Văn Khánh',
          placeName: 'Kỳ Anh',
          registerId: register.id,
        }),
      );
    }

    const unexpected: ApiErrorBody[] = [];
    let conflicts = 0;
    let gaveUp = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const outcomes = await Promise.all(
        Array.from({ length: CLIENTS }, (_, client) => {
          const core = cores[client % cores.length] as Core;
          const decision = decisions[client % DECISIONS] as { id: number; conferenceId: number };
          // Overlapping picks: clients of one decision share nominees, and so do decisions.
          const start = (client * 3 + round * 7) % (nominees.length - 6);
          return assignAsAPerson(core, decision, nominees.slice(start, start + 6));
        }),
      );
      for (const { added, refusals } of outcomes) {
        unexpected.push(...refusals.filter((r) => r.code !== 'CONFLICT'));
        conflicts += refusals.length;
        if (!added) gaveUp += 1;
      }
    }
    expect(unexpected).toEqual([]);
    // Refused presses were pressed again; nobody was left out for good.
    expect(gaveUp).toBe(0);
    expect(conflicts).toBeGreaterThan(0);

    const db = a.context.store.db;
    const awards = await db
      .selectFrom('decision_awards')
      .select(['decision_id', 'nominee_id', 'register_seq', 'register_number'])
      .where('register_id', '=', register.id)
      .execute();
    const seqs = awards.map((row) => row.register_seq as number).sort((x, y) => x - y);
    expect(awards.length).toBeGreaterThan(DECISIONS * 6);
    // Every number once, from the first with none skipped.
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => FIRST + i));
    expect(new Set(awards.map((row) => row.register_number)).size).toBe(awards.length);
    // A nominee is awarded once per decision, however many pressed at once.
    expect(new Set(awards.map((row) => `${row.decision_id}:${row.nominee_id}`)).size).toBe(awards.length);
    const [after] = (await call(a, 'registers.list', {})).filter((r) => r.id === register.id);
    expect(after?.nextNumber).toBe(FIRST + awards.length);

    // Each assignment took one unbroken run of numbers, and the runs tile the whole range.
    const batches = (
      await db
        .selectFrom('audit_log')
        .select('after')
        .where('entity', '=', 'decision')
        .where('action', '=', 'assign')
        .execute()
    ).map(
      (row) =>
        JSON.parse(row.after ?? '{}') as {
          added: number;
          numbered: { nextBefore: number; nextAfter: number };
        },
    );
    const runs = batches.map((b) => b.numbered).sort((x, y) => x.nextBefore - y.nextBefore);
    for (const b of batches) expect(b.numbered.nextAfter - b.numbered.nextBefore).toBe(b.added);
    runs.forEach((run, i) => expect(run.nextBefore).toBe(i === 0 ? FIRST : runs[i - 1]?.nextAfter));
    expect(runs.at(-1)?.nextAfter).toBe(FIRST + awards.length);
    for (const d of decisions) {
      const own = awards.filter((row) => row.decision_id === d.id).map((row) => row.register_seq as number);
      const listed = await call(a, 'decisions.awards', { id: d.id });
      expect(listed.map((x) => x.registerNumber).sort()).toEqual(
        awards
          .filter((row) => row.decision_id === d.id)
          .map((row) => row.register_number)
          .sort(),
      );
      expect(own.length).toBe(listed.length);
    }
  }, 120_000);
});
