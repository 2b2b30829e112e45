import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Counts, Verdict } from '../../../shared/voting';
import type { Database, PollTable } from '../../db/schema';

/** The writes of the polls domain; every one is called inside the caller's transaction. */

export type PollRow = Selectable<PollTable>;

export function findPollRow(db: Kysely<Database>, id: number): Promise<PollRow | undefined> {
  return db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What a poll needs to know of the nominees it is given (deleted ones too). */
export function readNomineeStanding(db: Kysely<Database>, ids: number[]) {
  return db
    .selectFrom('nominees')
    .select(['id', 'full_name', 'status', 'deleted_at', 'conference_id'])
    .where('id', 'in', ids)
    .execute();
}

export async function insertPoll(
  db: Kysely<Database>,
  poll: { conferenceId: number; title: string; rule: string },
  now: () => string,
): Promise<number> {
  const row = await db
    .insertInto('polls')
    .values({
      conference_id: poll.conferenceId,
      title: poll.title,
      rule: poll.rule,
      state: 'draft',
      created_at: now(),
      updated_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePoll(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<PollTable>,
): Promise<void> {
  await db.updateTable('polls').set(changes).where('id', '=', id).execute();
}

/** For a change that needs no claim (a ballot added) but that a stale view must not outlive. */
export async function bumpPollRevision(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('polls')
    .set({ revision: sql<number>`revision + 1` })
    .where('id', '=', id)
    .execute();
}

/** Replaces the nominees of a poll, in the order given (duplicates dropped). */
export async function setPollNominees(db: Kysely<Database>, pollId: number, ids: number[]): Promise<void> {
  await db.deleteFrom('poll_nominees').where('poll_id', '=', pollId).execute();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 200) {
    await db
      .insertInto('poll_nominees')
      .values(
        unique.slice(i, i + 200).map((nominee_id, k) => ({ poll_id: pollId, nominee_id, position: i + k })),
      )
      .execute();
  }
}

export async function pollNomineeIds(db: Kysely<Database>, pollId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('poll_nominees')
    .select('nominee_id')
    .where('poll_id', '=', pollId)
    .execute();
  return rows.map((n) => n.nominee_id);
}

/** Writes a poll's totals and each nominee's votes. */
export async function storeCounts(
  trx: Kysely<Database>,
  pollId: number,
  counts: Counts,
  at: string,
): Promise<void> {
  await updatePoll(trx, pollId, {
    ballots_issued: counts.ballotsIssued,
    ballots_returned: counts.ballotsReturned,
    valid: counts.valid,
    invalid: counts.invalid,
    updated_at: at,
  });
  for (const v of counts.votes) {
    await trx
      .updateTable('poll_nominees')
      .set({ agree: v.agree, disagree: v.disagree, abstain: v.abstain })
      .where('poll_id', '=', pollId)
      .where('nominee_id', '=', v.nomineeId)
      .execute();
  }
}

export async function insertBallot(
  db: Kysely<Database>,
  ballot: { pollId: number; invalid: boolean; marks: string; at: string },
): Promise<void> {
  await db
    .insertInto('poll_ballots')
    .values({
      poll_id: ballot.pollId,
      invalid: ballot.invalid ? 1 : 0,
      marks: ballot.marks,
      created_at: ballot.at,
    })
    .execute();
}

export function listBallots(db: Kysely<Database>, pollId: number) {
  return db.selectFrom('poll_ballots').select(['invalid', 'marks']).where('poll_id', '=', pollId).execute();
}

export async function setVerdict(
  db: Kysely<Database>,
  pollId: number,
  nomineeId: number,
  verdict: Verdict,
): Promise<void> {
  await db
    .updateTable('poll_nominees')
    .set({ verdict })
    .where('poll_id', '=', pollId)
    .where('nominee_id', '=', nomineeId)
    .execute();
}

export async function clearVerdicts(db: Kysely<Database>, pollId: number): Promise<void> {
  await db.updateTable('poll_nominees').set({ verdict: null }).where('poll_id', '=', pollId).execute();
}

/** What a closed poll decides for a nominee: approved or not. */
export async function setNomineeApproval(
  db: Kysely<Database>,
  nomineeId: number,
  approved: boolean,
  at: string,
): Promise<void> {
  await db
    .updateTable('nominees')
    .set({
      status: approved ? 'duoc_duyet' : 'khong_duoc_duyet',
      updated_at: at,
      // A nominee form opened before the poll closed must not write the old status back.
      revision: sql<number>`revision + 1`,
    })
    .where('id', '=', nomineeId)
    .execute();
}

/** Takes back the approvals and refusals a poll gave: those nominees are proposed again. */
export async function resetApprovals(db: Kysely<Database>, nomineeIds: number[], at: string): Promise<void> {
  await db
    .updateTable('nominees')
    .set({ status: 'de_nghi', updated_at: at, revision: sql<number>`revision + 1` })
    .where('id', 'in', nomineeIds)
    .where('status', 'in', ['duoc_duyet', 'khong_duoc_duyet'])
    .execute();
}
