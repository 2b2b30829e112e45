import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/log';
import { AppError } from '../../core/app-error';
import { statusAfterClose } from '../../../shared/poll-close';
import type { Database } from '../../db/schema';
import { awardOf, readAwardFacts } from '../../nominees/award-facts';
import { checkNominees, claimedPoll, named, wrongState } from './checks';
import { readPoll } from './queries';
import {
  clearVerdicts,
  pollNomineeIds,
  resetApprovals,
  setNomineeApproval,
  setVerdict,
  updatePoll,
} from './write-queries';

type Clock = () => string;

/**
 * Closes a counted poll as the window last read it (`revision`): the counts must hold and the
 * quorum be met; the result is stored and those who passed are approved (a tie at the quota
 * line is left to the council). Returns the conference touched.
 */
export function closePoll(db: Kysely<Database>, now: Clock, id: number, revision: number): Promise<number> {
  return claimedPoll(db, id, revision, async (trx, poll) => {
    if (poll.state !== 'counting') throw wrongState(poll.state, 'kết thúc');
    const detail = await readPoll(trx, id);
    if (!detail.counts || !detail.tally) throw new AppError('VALIDATION', 'Chưa nhập kết quả kiểm phiếu.');
    if (detail.problems.length > 0) {
      throw new AppError('VALIDATION', 'Số liệu kiểm phiếu chưa khớp; hãy sửa trước khi kết thúc.', {
        problems: detail.problems,
      });
    }
    const { attendance, tally } = detail;
    if (!tally.quorumMet) {
      const { numerator, denominator } = detail.rule.quorum;
      throw new AppError(
        'VALIDATION',
        `Không đủ số thành viên tham gia: có mặt ${attendance.present}/${attendance.totalMembers}` +
          `${detail.rule.writtenOpinionsCount && attendance.writtenOpinions ? ` (và ${attendance.writtenOpinions} ý kiến bằng văn bản)` : ''}, ` +
          `cần từ ${numerator}/${denominator} tổng số thành viên. Cuộc bỏ phiếu chưa thể kết thúc.`,
        { quorum: false },
      );
    }
    await checkNominees(
      trx,
      poll.conference_id,
      detail.nominees.map((n) => n.nomineeId),
    );
    await updatePoll(trx, id, {
      state: 'closed',
      attendance: JSON.stringify(attendance),
      closed_at: now(),
      updated_at: now(),
    });
    for (const r of tally.results) {
      await setVerdict(trx, id, r.nomineeId, r.verdict);
      // A tie at the quota line is left for the council to settle: the status stays as it was.
      const status = statusAfterClose(r.verdict);
      if (status === null) continue;
      await setNomineeApproval(trx, r.nomineeId, status === 'duoc_duyet', now());
    }
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: id,
      action: 'close',
      detail: poll.title,
      after: { attendance, results: named(detail.nominees, tally.results) },
    });
  });
}

/**
 * Reopens a closed poll (as last read, `revision`) for counting; the reason is kept in the audit
 * log. Returns the conference touched.
 */
export function reopenPoll(
  db: Kysely<Database>,
  now: Clock,
  { id, revision, reason }: { id: number; revision: number; reason: string },
): Promise<number> {
  return claimedPoll(db, id, revision, async (trx, poll) => {
    if (poll.state !== 'closed') throw wrongState(poll.state, 'mở lại');
    const nomineeIds = await pollNomineeIds(trx, id);
    const statusesBefore = await readAwardFacts(trx, nomineeIds);
    await updatePoll(trx, id, { state: 'counting', attendance: null, closed_at: null, updated_at: now() });
    await clearVerdicts(trx, id);
    await resetApprovals(trx, nomineeIds, now());
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: id,
      action: 'reopen',
      detail: reason,
      // The approvals the close gave are taken back: the log shows whose.
      before: { state: 'closed', nominees: statusesBefore.map(awardOf) },
      after: { state: 'counting', nominees: (await readAwardFacts(trx, nomineeIds)).map(awardOf) },
    });
  });
}
