import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import type { ApiErrorBody } from '../../src/shared/api/errors';
import { call } from '../helpers';
import { presetRules, seatCouncil } from '../voting/seed';
import { useCluster } from './cluster';

const MEMBERS = 9;
const ROUNDS = 5;
const BALLOTS = 8;

/** The closer at the chair's window: reads the poll, closes it, and on a refusal reads it again. */
async function closeAsTheChair(core: Core, id: number): Promise<ApiErrorBody[]> {
  const refusals: ApiErrorBody[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    const poll = await call(core, 'polls.get', { id });
    if (poll.state === 'closed') return refusals;
    const closed = await core.dispatch('polls.close', { id, revision: poll.revision });
    if (closed.ok) return refusals;
    refusals.push(closed.error);
  }
  throw new Error(`poll ${id} never closed: ${JSON.stringify(refusals.at(-1))}`);
}

describe('a poll closed while ballots are entered on other server processes', () => {
  const cluster = useCluster();

  it('the counts it closes with are the ballots it holds, and no ballot lands after', async () => {
    const [chair, ...tellers] = await cluster.open(4);
    const conference = await call(chair, 'conferences.create', {
      title: 'Hội nghị bình xét',
      kind: 'so_ket',
      startsAt: '2021-05-19',
    });
    await seatCouncil(chair, conference.id, MEMBERS, MEMBERS);
    const nominees = [];
    for (const fullName of ['Đinh Thị Thơm', 'Phạm Văn Hải']) {
      nominees.push(
        (await call(chair, 'nominees.create', { conferenceId: conference.id, kind: 'ca_nhan', fullName })).id,
      );
    }
    const [first, second] = nominees as [number, number];
    const ruleId = (await presetRules(chair))('Từ 2/3 tổng số thành viên');
    const db = chair.context.store.db;

    for (let round = 0; round < ROUNDS; round++) {
      const created = await call(chair, 'polls.create', {
        conferenceId: conference.id,
        title: `Bình xét lần ${round + 1}`,
        ruleId,
        nomineeIds: nominees,
      });
      const voting = await call(chair, 'polls.setState', {
        id: created.id,
        revision: created.revision,
        state: 'voting',
      });
      await call(chair, 'polls.setState', { id: created.id, revision: voting.revision, state: 'counting' });
      const ballot = (i: number) => ({
        id: created.id,
        marks: { [first]: 'agree', [second]: i % 2 === 0 ? 'agree' : 'disagree' } as const,
      });
      await call(tellers[0] as Core, 'polls.addBallot', ballot(0));

      // Each teller enters ballots one after another, the chair closing meanwhile.
      let handed = 0;
      const entered: Awaited<ReturnType<Core['dispatch']>>[] = [];
      const teller = async (core: Core) => {
        while (handed < BALLOTS) {
          handed += 1;
          entered.push(await core.dispatch('polls.addBallot', ballot(handed)));
        }
      };
      const [chairRefusals] = await Promise.all([closeAsTheChair(chair, created.id), ...tellers.map(teller)]);
      for (const refusal of chairRefusals ?? []) expect(refusal.code).toBe('CONFLICT');
      const refusedBallots = entered.flatMap((answer) => (answer.ok ? [] : [answer.error]));
      for (const refusal of refusedBallots) {
        expect(refusal.code).toBe('CONFLICT');
        expect(refusal.message).toContain('không thể nhập phiếu');
      }

      const poll = await call(chair, 'polls.get', { id: created.id });
      expect(poll.state).toBe('closed');
      const rows = await db
        .selectFrom('poll_ballots')
        .select('marks')
        .where('poll_id', '=', created.id)
        .execute();
      // Every ballot the tellers were told was entered is there, and only those.
      expect(rows).toHaveLength(1 + entered.filter((answer) => answer.ok).length);
      expect(poll.counts?.ballotsReturned).toBe(rows.length);
      expect(poll.counts?.valid).toBe(rows.length);
      expect(poll.ballotsEntered).toBe(rows.length);
      const agreeing = (position: number) => rows.filter((row) => row.marks[position] === 'a').length;
      expect(poll.nominees.find((n) => n.nomineeId === first)?.agree).toBe(agreeing(0));
      expect(poll.nominees.find((n) => n.nomineeId === second)?.agree).toBe(agreeing(1));
      // The result stored at closing is the one the ballots give: none was counted after it.
      const closing = await db
        .selectFrom('audit_log')
        .select('after')
        .where('entity', '=', 'poll')
        .where('entity_id', '=', created.id)
        .where('action', '=', 'close')
        .executeTakeFirstOrThrow();
      const results = (
        JSON.parse(closing.after ?? '{}') as { results: { nomineeId: number; agree: number }[] }
      ).results;
      expect(results.find((r) => r.nomineeId === first)?.agree).toBe(agreeing(0));
      expect(results.find((r) => r.nomineeId === second)?.agree).toBe(agreeing(1));
      const logged = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity', '=', 'poll')
        .where('entity_id', '=', created.id)
        .where('action', '=', 'ballot')
        .executeTakeFirstOrThrow();
      expect(Number(logged.n)).toBe(rows.length);
    }
  }, 120_000);
});
