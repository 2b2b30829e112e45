import type { Kysely } from 'kysely';
import type { Attendance, Counts, PollDetail, PollSummary, VotingRule } from '../../../shared/voting';
import { notFound } from '../../core/app-error';
import type { Database } from '../../db/schema';
import { KIND_SECTION } from '../../nominees/read-model';
import { councilOf } from '../council/queries';
import { checkCounts, computeTally } from '../tally';

export async function listPolls(db: Kysely<Database>, conferenceId: number): Promise<PollSummary[]> {
  const rows = await db
    .selectFrom('polls')
    .select((eb) => [
      'polls.id',
      'polls.title',
      'polls.state',
      'polls.rule',
      'polls.closed_at',
      'polls.revision',
      eb
        .selectFrom('poll_nominees')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('poll_nominees.poll_id', '=', 'polls.id')
        .as('nominee_count'),
    ])
    .where('polls.conference_id', '=', conferenceId)
    .orderBy('polls.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    state: r.state,
    ruleName: (JSON.parse(r.rule) as VotingRule).name,
    nomineeCount: Number(r.nominee_count ?? 0),
    closedAt: r.closed_at,
    revision: r.revision,
  }));
}

/** Counts as stored, or null while nothing has been entered. */
export function countsOf(
  poll: {
    ballots_issued: number | null;
    ballots_returned: number | null;
    valid: number | null;
    invalid: number | null;
  },
  nominees: { nomineeId: number; agree: number | null; disagree: number | null; abstain: number | null }[],
): Counts | null {
  if (poll.ballots_issued === null) return null;
  return {
    ballotsIssued: poll.ballots_issued,
    ballotsReturned: poll.ballots_returned ?? 0,
    valid: poll.valid ?? 0,
    invalid: poll.invalid ?? 0,
    votes: nominees.map((n) => ({
      nomineeId: n.nomineeId,
      agree: n.agree ?? 0,
      disagree: n.disagree ?? 0,
      abstain: n.abstain ?? 0,
    })),
  };
}

/** A poll with its nominees, counts, problems and (when counts exist) its result. */
export async function readPoll(db: Kysely<Database>, id: number): Promise<PollDetail> {
  const poll = await db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
  if (!poll) throw notFound(`cuộc bỏ phiếu #${id}`);
  const rule = JSON.parse(poll.rule) as VotingRule;
  const nominees = (
    await db
      .selectFrom('poll_nominees as pn')
      .innerJoin('nominees as n', 'n.id', 'pn.nominee_id')
      .leftJoin('units as u', 'u.id', 'n.unit_id')
      .leftJoin('award_forms as af', 'af.id', 'n.award_form_id')
      .select([
        'pn.nominee_id',
        'n.kind',
        'n.full_name',
        'u.name as unit_name',
        'af.name as award_form_name',
        'n.status',
        'n.deleted_at',
        'pn.agree',
        'pn.disagree',
        'pn.abstain',
      ])
      .where('pn.poll_id', '=', id)
      // The list's order, whatever order the nominees were picked in: ballots, counts, results and
      // minutes then number every nominee as the honoree list and the decision do.
      .orderBy(KIND_SECTION)
      .orderBy('n.id')
      .execute()
  ).map((r) => ({
    nomineeId: r.nominee_id,
    kind: r.kind,
    fullName: r.full_name,
    unitName: r.unit_name ?? '',
    awardFormName: r.award_form_name ?? '',
    status: r.deleted_at ? 'deleted' : r.status,
    agree: r.agree,
    disagree: r.disagree,
    abstain: r.abstain,
  }));
  const attendance: Attendance = poll.attendance
    ? (JSON.parse(poll.attendance) as Attendance)
    : (await councilOf(db, poll.conference_id)).attendance;
  const counts = countsOf(poll, nominees);
  const ballots = await db
    .selectFrom('poll_ballots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('poll_id', '=', id)
    .executeTakeFirst();
  const ids = nominees.map((n) => n.nomineeId);
  return {
    id: poll.id,
    conferenceId: poll.conference_id,
    title: poll.title,
    state: poll.state,
    rule,
    attendance,
    nominees,
    counts: counts && {
      ballotsIssued: counts.ballotsIssued,
      ballotsReturned: counts.ballotsReturned,
      valid: counts.valid,
      invalid: counts.invalid,
    },
    ballotsEntered: Number(ballots?.n ?? 0),
    problems: counts ? checkCounts(counts, ids, attendance, rule) : [],
    tally: counts ? computeTally(rule, attendance, counts) : null,
    closedAt: poll.closed_at,
    revision: poll.revision,
  };
}
