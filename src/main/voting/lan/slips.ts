import type { Kysely } from 'kysely';
import type { VotingRule } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { AppError } from '../../core/app-error';
import type { Database } from '../../db/schema';
import { pollRow, wrongState } from '../polls/checks';
import { readPoll } from '../polls/queries';
import { handCode, newSlipSecret, shortCode, slipKeys } from './codes';
import { insertSlips, membersWithSlips, presentMembers, slipLabels, slipTotals } from './queries';
import { transact } from '../../db/transact';

/** A slip as it is printed; its secret lives only here and on paper. */
export interface IssuedSlip {
  /** Printed for the tellers: a paper ballot of a used slip is set aside. */
  label: string;
  /** The 128-bit secret, 26 characters: in the QR code's fragment and typed by hand. */
  code: string;
  /** A named poll's slip carries its member's name; null on a secret poll. */
  memberName: string | null;
}

const MAX_SLIPS_PER_POLL = 2000;

/** A poll's rule says named voting: each slip carries a member, and the vote is recorded against it. */
export const isNamedPoll = (rule: VotingRule): boolean => rule.method === 'named';

/**
 * New slips for a poll still to be voted on. A secret poll gets `copies` (default: members
 * present) slips linked to nobody; a named poll one per member present who has none yet.
 */
export async function issueSlips(
  db: Kysely<Database>,
  now: () => string,
  pollId: number,
  copies: number | undefined,
): Promise<{ title: string; slips: IssuedSlip[] }> {
  return transact(db, async (trx) => {
    const poll = await pollRow(trx, pollId);
    if (poll.state !== 'draft' && poll.state !== 'voting') throw wrongState(poll.state, 'in phiếu điện tử');
    const rule = JSON.parse(poll.rule) as VotingRule;
    let holders: { id: number | null; name: string | null }[];
    if (isNamedPoll(rule)) {
      const taken = await membersWithSlips(trx, pollId);
      holders = (await presentMembers(trx, poll.conference_id)).filter((m) => !taken.has(m.id));
      if (holders.length === 0) {
        throw new AppError(
          'VALIDATION',
          'Mọi thành viên có mặt đã có phiếu điện tử (bỏ phiếu ghi danh: mỗi người một phiếu mang tên mình).',
        );
      }
    } else {
      const count = copies ?? (await readPoll(trx, pollId)).attendance.present;
      if (count < 1) {
        throw new AppError(
          'VALIDATION',
          'Chưa có thành viên nào có mặt: hãy điểm danh hoặc nhập số phiếu cần in.',
        );
      }
      holders = Array.from({ length: count }, () => ({ id: null, name: null }));
    }
    const { slips: existing } = await slipTotals(trx, pollId);
    if (existing + holders.length > MAX_SLIPS_PER_POLL) {
      throw new AppError('VALIDATION', `Mỗi cuộc bỏ phiếu có tối đa ${MAX_SLIPS_PER_POLL} phiếu điện tử.`);
    }
    const labels = await slipLabels(trx, pollId);
    const issued: IssuedSlip[] = [];
    const rows = holders.map((holder) => {
      let label = shortCode();
      while (labels.has(label)) label = shortCode();
      labels.add(label);
      const secret = newSlipSecret();
      const keys = slipKeys(secret);
      issued.push({ label, code: handCode(secret), memberName: holder.name });
      return { pollId, label, authHash: keys.authHash, seal: keys.seal, memberId: holder.id };
    });
    await insertSlips(trx, rows, now());
    await appendAudit(trx, now(), {
      conferenceId: poll.conference_id,
      entity: 'poll',
      entityId: pollId,
      action: 'slips',
      detail: `${poll.title} – ${rows.length} phiếu điện tử`,
    });
    return { title: poll.title, slips: issued };
  });
}
