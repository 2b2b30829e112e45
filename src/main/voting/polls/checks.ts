import type { Kysely } from 'kysely';
import type { Counts, PollState, VotingRule } from '../../../shared/voting';
import { AppError, notFound } from '../../core/app-error';
import { claimRevision } from '../../db/revision';
import type { Database } from '../../db/schema';
import { findRule } from '../rules/queries';
import { findPollRow, readNomineeStanding, type PollRow } from './write-queries';
import { transact } from '../../db/transact';

const STATE_LABEL: Record<PollState, string> = {
  draft: 'đang soạn',
  voting: 'đang bỏ phiếu',
  counting: 'đang kiểm phiếu',
  closed: 'đã kết thúc',
};

export function wrongState(state: PollState, action: string): AppError {
  return new AppError('CONFLICT', `Cuộc bỏ phiếu ${STATE_LABEL[state]}: không thể ${action}.`, { state });
}

export async function pollRow(db: Kysely<Database>, id: number): Promise<PollRow> {
  const poll = await findPollRow(db, id);
  if (!poll) throw notFound(`cuộc bỏ phiếu #${id}`);
  return poll;
}

/**
 * A change of a poll as the window last read it (`revision`): the claim is the first statement
 * of the transaction, so a stale view is refused before the poll's state or counts are even
 * looked at, and every check after it reads the poll the claim has locked. Returns the
 * conference touched.
 */
export function claimedPoll(
  db: Kysely<Database>,
  id: number,
  revision: number,
  change: (trx: Kysely<Database>, poll: PollRow) => Promise<void>,
): Promise<number> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'polls', id, revision, 'cuộc bỏ phiếu');
    const poll = await pollRow(trx, id);
    await change(trx, poll);
    return poll.conference_id;
  });
}

export async function ruleById(db: Kysely<Database>, id: number): Promise<VotingRule> {
  const rule = await findRule(db, id);
  if (!rule) throw notFound(`quy tắc biểu quyết #${id}`);
  return rule;
}

/** Nominees must belong to the conference, exist and not be withdrawn. */
export async function checkNominees(
  db: Kysely<Database>,
  conferenceId: number,
  ids: number[],
): Promise<void> {
  const rows = await readNomineeStanding(db, ids);
  const usable = rows.filter((r) => r.conference_id === conferenceId && !r.deleted_at && r.status !== 'rut');
  if (usable.length !== new Set(ids).size) {
    const bad = rows.filter((r) => !usable.includes(r)).map((r) => r.full_name);
    throw new AppError(
      'VALIDATION',
      `Có đối tượng đã bị xóa, đã rút hoặc không thuộc hội nghị này${bad.length ? `: ${bad.join(', ')}` : ''}.`,
      { fields: [{ path: 'nomineeIds', key: 'invalid' }] },
    );
  }
}

/** Per-nominee lines for the audit log, with the name first so the row reads without the ids. */
export function named<T extends { nomineeId: number }>(
  nominees: { nomineeId: number; fullName: string }[],
  lines: T[],
): (T & { fullName: string })[] {
  const names = new Map(nominees.map((n) => [n.nomineeId, n.fullName]));
  return lines.map((line) => ({ fullName: names.get(line.nomineeId) ?? '', ...line }));
}

/** Counts with each nominee named, or null when none were entered yet. */
export const namedCounts = (nominees: { nomineeId: number; fullName: string }[], counts: Counts | null) =>
  counts && { ...counts, votes: named(nominees, counts.votes) };
