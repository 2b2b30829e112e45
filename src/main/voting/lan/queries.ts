import { randomInt } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, VoteSlipTable } from '../../db/schema';

/** The reads and writes of electronic voting; writes are called inside the caller's transaction. */

export type SlipRow = Selectable<VoteSlipTable>;

export function findSlipByAuthHash(db: Kysely<Database>, authHash: string): Promise<SlipRow | undefined> {
  return db.selectFrom('vote_slips').selectAll().where('auth_hash', '=', authHash).executeTakeFirst();
}

export async function slipLabels(db: Kysely<Database>, pollId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('vote_slips').select('label').where('poll_id', '=', pollId).execute();
  return new Set(rows.map((r) => r.label));
}

export async function insertSlips(
  db: Kysely<Database>,
  slips: { pollId: number; label: string; authHash: string; seal: string; memberId: number | null }[],
  at: string,
): Promise<void> {
  for (let i = 0; i < slips.length; i += 200) {
    await db
      .insertInto('vote_slips')
      .values(
        slips.slice(i, i + 200).map((s) => ({
          poll_id: s.pollId,
          label: s.label,
          auth_hash: s.authHash,
          seal_key: s.seal,
          member_id: s.memberId,
          created_at: at,
        })),
      )
      .execute();
  }
}

/** Marks a slip used, once: false when another request used it first. */
export async function useSlip(
  db: Kysely<Database>,
  id: number,
  use: { at: string; receipt: string; submissionHash: string; namedMarks: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('vote_slips')
    // The seal key has done its work; a used slip keeps nothing that opens its ballot.
    .set({
      used_at: use.at,
      receipt: use.receipt,
      submission_hash: use.submissionHash,
      marks: use.namedMarks,
      seal_key: null,
    })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Adds a phone's ballot so that the rows' order says nothing of the order ballots came in (which
 * the slips' times would otherwise tie to them): an inside-out Fisher–Yates shuffle, one step per
 * ballot. The new row takes the marks of a row picked at random among the poll's electronic
 * ballots and itself, and that row takes the new marks; the ballots counted stay the same.
 */
export async function insertElectronicBallot(
  db: Kysely<Database>,
  ballot: { pollId: number; marks: string; at: string },
): Promise<void> {
  const rows = await db
    .selectFrom('poll_ballots')
    .select(['id', 'marks'])
    .where('poll_id', '=', ballot.pollId)
    .where('source', '=', 'electronic')
    .orderBy('id')
    .execute();
  const swapWith = rows[randomInt(rows.length + 1)];
  await db
    .insertInto('poll_ballots')
    .values({
      poll_id: ballot.pollId,
      invalid: 0,
      marks: swapWith ? swapWith.marks : ballot.marks,
      source: 'electronic',
      created_at: ballot.at,
    })
    .execute();
  if (swapWith)
    await db.updateTable('poll_ballots').set({ marks: ballot.marks }).where('id', '=', swapWith.id).execute();
}

export interface SlipTotals {
  slips: number;
  used: number;
  lastUsedAt: string | null;
}

export async function slipTotals(db: Kysely<Database>, pollId: number): Promise<SlipTotals> {
  const row = await db
    .selectFrom('vote_slips')
    .select((eb) => [
      eb.fn.countAll<number>().as('slips'),
      eb.fn.count<number>('used_at').as('used'),
      eb.fn.max('used_at').as('last'),
    ])
    .where('poll_id', '=', pollId)
    .executeTakeFirst();
  return { slips: Number(row?.slips ?? 0), used: Number(row?.used ?? 0), lastUsedAt: row?.last ?? null };
}

export async function electronicBallotCount(db: Kysely<Database>, pollId: number): Promise<number> {
  const row = await db
    .selectFrom('poll_ballots')
    .select(sql<number>`count(*)`.as('n'))
    .where('poll_id', '=', pollId)
    .where('source', '=', 'electronic')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function findSlipByLabel(db: Kysely<Database>, pollId: number, label: string) {
  return db
    .selectFrom('vote_slips')
    .select(['label', 'used_at'])
    .where('poll_id', '=', pollId)
    .where('label', '=', label)
    .executeTakeFirst();
}

/** Named polls: the members present, to give each a slip with their name. */
export function presentMembers(db: Kysely<Database>, conferenceId: number) {
  return db
    .selectFrom('council_members')
    .select(['id', 'name'])
    .where('conference_id', '=', conferenceId)
    .where('deleted_at', 'is', null)
    .where('presence', '=', 'present')
    .orderBy('id')
    .execute();
}

export async function membersWithSlips(db: Kysely<Database>, pollId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('vote_slips')
    .select('member_id')
    .where('poll_id', '=', pollId)
    .where('member_id', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.member_id as number));
}
