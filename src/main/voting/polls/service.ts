import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  pollBallotInput,
  pollCountsInput,
  pollCreateInput,
  pollStateInput,
  pollUpdateInput,
  VotingRule,
} from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { AppError } from '../../core/app-error';
import type { Database } from '../../db/schema';
import { checkCounts, countsFromEncoded, encodeMarks, type Mark } from '../tally';
import { checkNominees, claimedPoll, namedCounts, pollRow, ruleById, wrongState } from './checks';
import { countsOf, readPoll } from './queries';
import { storeElectronicCounts } from '../lan/counts';
import {
  bumpPollRevision,
  insertBallot,
  insertPoll,
  listBallots,
  setPollNominees,
  storeCounts,
  updatePoll,
} from './write-queries';
import { transact } from '../../db/transact';

/**
 * Polls from draft to counting (closing and reopening are in close.ts). A new poll returns its
 * id; a change returns the conference it touched.
 */

type Clock = () => string;

export async function createPoll(
  db: Kysely<Database>,
  now: Clock,
  { conferenceId, title, ruleId, nomineeIds }: z.output<typeof pollCreateInput>,
): Promise<number> {
  const rule = await ruleById(db, ruleId);
  await checkNominees(db, conferenceId, nomineeIds);
  return transact(db, async (trx) => {
    const id = await insertPoll(trx, { conferenceId, title, rule: JSON.stringify(rule) }, now);
    await setPollNominees(trx, id, nomineeIds);
    await appendAudit(trx, now(), {
      conferenceId,
      entity: 'poll',
      entityId: id,
      action: 'create',
      after: { title, rule: rule.name, nomineeIds },
    });
    return id;
  });
}

export function editPoll(
  db: Kysely<Database>,
  now: Clock,
  { id, revision, title, ruleId, nomineeIds }: z.output<typeof pollUpdateInput>,
): Promise<number> {
  return claimedPoll(db, id, revision, async (trx, poll) => {
    if (poll.state !== 'draft') throw wrongState(poll.state, 'sửa tiêu đề, quy tắc hay danh sách');
    const rule = await ruleById(trx, ruleId);
    await checkNominees(trx, poll.conference_id, nomineeIds);
    const before = await readPoll(trx, id);
    await updatePoll(trx, id, { title, rule: JSON.stringify(rule), updated_at: now() });
    await setPollNominees(trx, id, nomineeIds);
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: id,
      action: 'update',
      before: {
        title: before.title,
        rule: before.rule.name,
        nomineeIds: before.nominees.map((n) => n.nomineeId),
      },
      after: { title, rule: rule.name, nomineeIds },
    });
  });
}

export function movePoll(
  db: Kysely<Database>,
  now: Clock,
  { id, revision, state }: z.output<typeof pollStateInput>,
): Promise<number> {
  return claimedPoll(db, id, revision, async (trx, poll) => {
    const from = poll.state;
    const allowed = (from === 'draft' && state === 'voting') || (from === 'voting' && state === 'counting');
    if (!allowed) throw wrongState(from, state === 'voting' ? 'bắt đầu bỏ phiếu' : 'chuyển sang kiểm phiếu');
    await updatePoll(trx, id, { state, updated_at: now() });
    const electronic = state === 'counting' ? await storeElectronicCounts(trx, id, now()) : null;
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: id,
      action: 'state',
      detail: poll.title,
      before: from,
      after: electronic ? { state, electronicBallots: electronic.ballotsReturned } : state,
    });
  });
}

/**
 * Counts typed on a view of the poll: refused when the poll changed since (another window's
 * counts, or a ballot added), since they would silently replace totals the teller never saw.
 */
export function saveCounts(
  db: Kysely<Database>,
  now: Clock,
  { id, revision, counts }: z.output<typeof pollCountsInput>,
): Promise<number> {
  return claimedPoll(db, id, revision, async (trx, poll) => {
    if (poll.state !== 'counting') throw wrongState(poll.state, 'nhập kết quả kiểm phiếu');
    const detail = await readPoll(trx, id);
    const rule = JSON.parse(poll.rule) as VotingRule;
    const problems = checkCounts(
      counts,
      detail.nominees.map((n) => n.nomineeId),
      detail.attendance,
      rule,
    );
    if (problems.length > 0) {
      throw new AppError('VALIDATION', 'Số liệu kiểm phiếu chưa khớp; chưa có gì được ghi.', { problems });
    }
    await storeCounts(trx, id, counts, now());
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: id,
      action: 'counts',
      detail: poll.title,
      before: namedCounts(detail.nominees, countsOf(poll, detail.nominees)),
      after: namedCounts(detail.nominees, counts),
    });
  });
}

export async function addBallot(
  db: Kysely<Database>,
  now: Clock,
  { id, invalid, marks }: z.output<typeof pollBallotInput>,
): Promise<number> {
  return transact(db, async (trx) => {
    // Not claimed (ballots are added one after another, from any window), but the totals change:
    // the revision moves on so that counts typed on the poll as it was are refused. Bumped first,
    // so that the poll is locked before its state is read: a close that commits meanwhile, on
    // another server process, makes this run again and see the poll closed.
    await bumpPollRevision(trx, id);
    const poll = await pollRow(trx, id);
    if (poll.state !== 'counting') throw wrongState(poll.state, 'nhập phiếu');
    const detail = await readPoll(trx, id);
    const ids = detail.nominees.map((n) => n.nomineeId);
    const byId: Record<number, Mark> = {};
    for (const [key, mark] of Object.entries(marks)) {
      if (!ids.includes(Number(key)))
        throw new AppError('VALIDATION', 'Phiếu có tên không thuộc cuộc bỏ phiếu này.');
      byId[Number(key)] = mark;
    }
    await insertBallot(trx, { pollId: id, invalid, marks: encodeMarks(ids, byId), at: now() });
    const ballots = await listBallots(trx, id);
    const issued = poll.ballots_issued ?? detail.attendance.present + detail.attendance.writtenOpinions;
    const counts = countsFromEncoded(
      Math.max(issued, ballots.length),
      ids,
      ballots.map((b) => ({ invalid: b.invalid === 1, encoded: b.marks })),
    );
    await storeCounts(trx, id, counts, now());
    // Totals before and after; the ballot row itself keeps the marks (and no voter).
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: id,
      action: 'ballot',
      detail: `${poll.title} – phiếu số ${ballots.length}`,
      before: namedCounts(detail.nominees, countsOf(poll, detail.nominees)),
      after: namedCounts(detail.nominees, counts),
    });
    return poll.conference_id;
  });
}
