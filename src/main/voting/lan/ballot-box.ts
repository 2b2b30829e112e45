import type { Kysely } from 'kysely';
import { sectionsByKind } from '../../../shared/list-sections';
import type { VotingRule } from '../../../shared/voting';
import type { Database } from '../../db/schema';
import { findPollRow } from '../polls/write-queries';
import { readPoll } from '../polls/queries';
import { hashHex, openSealed, sameHex, shortCode } from './codes';
import { WindowLimit } from './limits';
import { findSlipByAuthHash, insertElectronicBallot, useSlip, type SlipRow } from './queries';
import { isNamedPoll } from './slips';
import { transact } from '../../db/transact';

/** What a phone is answered: an HTTP status and a JSON body (always with a Vietnamese `message` on refusal). */
export interface PhoneAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The ballot as a phone shows it: sections I. TẬP THỂ / II. CÁ NHÂN, in the paper ballot's order. */
export interface PhoneBallot {
  title: string;
  quota: number | null;
  memberName: string | null;
  sections: { title: string; nominees: { name: string; unit: string; award: string }[] }[];
}

export interface BallotBoxOptions {
  db: () => Kysely<Database>;
  now: () => Date;
  /** Runs a write when the core's jobs let it (the write gate). */
  write: <T>(work: () => Promise<T>) => Promise<T>;
  /** Wrong codes allowed per address in a window, and requests per slip. */
  wrongCodesPerAddress?: number;
  requestsPerSlip?: number;
  windowMs?: number;
}

const AUTH = /^[0-9a-f]{32}$/;
const IV = /^[0-9a-f]{24}$/;
const SEALED = /^[0-9a-f]{34,4096}$/;

const refuse = (status: number, message: string, extra: Record<string, unknown> = {}): PhoneAnswer => ({
  status,
  body: { message, ...extra },
});

const clockTime = (iso: string): string => {
  const at = new Date(iso);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
};

const usedAnswer = (slip: SlipRow): PhoneAnswer =>
  refuse(409, `Phiếu này đã được sử dụng lúc ${clockTime(slip.used_at ?? '')}.`, {
    used: clockTime(slip.used_at ?? ''),
  });

/**
 * The phones' side of one poll's electronic voting, whatever carries the requests: a slip is
 * looked up by the hash of what the phone proves it holds, a sealed ballot is opened with the
 * slip's key, checked like a paper ballot and committed with the slip marked used before the
 * receipt is answered.
 */
export class BallotBox {
  wrongCodes = 0;
  /** Requests refused unread because their address or slip had used up its allowance. */
  blocked = 0;
  lastPhoneAt: string | null = null;
  private readonly wrongByAddress: WindowLimit;
  private readonly bySlip: WindowLimit;

  private constructor(
    readonly pollId: number,
    private readonly ballot: PhoneBallot,
    private readonly nomineeCount: number,
    private readonly named: boolean,
    /** Secret ballots carry this time, not their own, so rows cannot be lined up with slips. */
    private readonly openedAt: string,
    private readonly options: BallotBoxOptions,
  ) {
    const windowMs = options.windowMs ?? 60_000;
    this.wrongByAddress = new WindowLimit(options.wrongCodesPerAddress ?? 20, windowMs);
    this.bySlip = new WindowLimit(options.requestsPerSlip ?? 30, windowMs);
  }

  static async open(pollId: number, options: BallotBoxOptions): Promise<BallotBox> {
    const poll = await readPoll(options.db(), pollId);
    const row = await findPollRow(options.db(), pollId);
    const rule = JSON.parse(row?.rule ?? '{}') as VotingRule;
    const ballot: PhoneBallot = {
      title: poll.title,
      quota: poll.rule.quota,
      memberName: null,
      sections: sectionsByKind(poll.nominees).map((section) => ({
        title: section.title,
        nominees: section.members.map((n) => ({
          name: n.fullName,
          unit: n.unitName,
          award: n.awardFormName,
        })),
      })),
    };
    return new BallotBox(
      pollId,
      ballot,
      poll.nominees.length,
      isNamedPoll(rule),
      options.now().toISOString(),
      options,
    );
  }

  /** Any request reached the laptop: the operator's help panel stays away once one has. */
  seen(): void {
    this.lastPhoneAt = this.options.now().toISOString();
  }

  /** A slip opened on a phone: its ballot, or why not. */
  async read(address: string, auth: unknown): Promise<PhoneAnswer> {
    const found = await this.slip(address, auth);
    if ('status' in found) return found;
    const { slip } = found;
    if (slip.used_at) return usedAnswer(slip);
    const memberName = this.named ? await this.memberName(slip.member_id) : null;
    return { status: 200, body: { ballot: { ...this.ballot, memberName }, label: slip.label } };
  }

  /** A sealed ballot: the receipt, the same receipt again for a resend, or why not. */
  async submit(address: string, body: { a?: unknown; iv?: unknown; c?: unknown }): Promise<PhoneAnswer> {
    const found = await this.slip(address, body.a);
    if ('status' in found) return found;
    const { slip } = found;
    if (
      typeof body.iv !== 'string' ||
      !IV.test(body.iv) ||
      typeof body.c !== 'string' ||
      !SEALED.test(body.c)
    ) {
      return refuse(400, 'Phiếu gửi lên không đúng dạng. Hãy tải lại trang và bỏ phiếu lại.');
    }
    const submissionHash = hashHex(body.iv);
    if (slip.used_at) {
      // The phone lost the answer and sent the same sealed ballot again: the same receipt.
      if (slip.submission_hash && sameHex(slip.submission_hash, submissionHash)) return this.receipt(slip);
      return usedAnswer(slip);
    }
    const marks = slip.seal_key ? openSealed(slip.seal_key, body.iv, body.c) : null;
    if (marks === null)
      return refuse(400, 'Phiếu gửi lên không đọc được. Hãy tải lại trang và bỏ phiếu lại.');
    const problem = this.checkMarks(marks);
    if (problem) return refuse(422, problem);
    const at = this.options.now().toISOString();
    const receipt = shortCode();
    const stored = await this.options.write(() =>
      transact(this.options.db(), async (trx) => {
        const poll = await findPollRow(trx, this.pollId);
        if (poll?.state !== 'voting') return 'closed' as const;
        const namedMarks = this.named ? marks : null;
        if (!(await useSlip(trx, slip.id, { at, receipt, submissionHash, namedMarks })))
          return 'raced' as const;
        await insertElectronicBallot(trx, {
          pollId: this.pollId,
          marks,
          at: this.named ? at : this.openedAt,
        });
        return 'stored' as const;
      }),
    );
    if (stored === 'closed') return refuse(410, 'Cuộc bỏ phiếu đã kết thúc; phiếu không được ghi nhận.');
    if (stored === 'raced') {
      // Two sends of one slip at once: the one that lost is answered as any later resend.
      const again = await findSlipByAuthHash(this.options.db(), slip.auth_hash);
      if (again?.submission_hash && sameHex(again.submission_hash, submissionHash))
        return this.receipt(again);
      return again ? usedAnswer(again) : refuse(500, 'Có lỗi khi ghi phiếu; hãy gửi lại.');
    }
    this.lastPhoneAt = at;
    return this.receipt({ ...slip, used_at: at, receipt });
  }

  private receipt(slip: SlipRow): PhoneAnswer {
    return {
      status: 200,
      body: { receipt: slip.receipt, at: clockTime(slip.used_at ?? ''), label: slip.label },
    };
  }

  /** The same checks as on paper; a phone that skipped its own is refused here too. */
  private checkMarks(marks: string): string | null {
    if (marks.length !== this.nomineeCount || !/^[ad-]*$/.test(marks)) {
      return 'Phiếu không khớp với danh sách đang bỏ phiếu. Hãy tải lại trang và bỏ phiếu lại.';
    }
    const agree = marks.split('').filter((m) => m === 'a').length;
    if (this.ballot.quota !== null && agree > this.ballot.quota) {
      return `Phiếu đồng ý ${agree} người, quá số lượng được bầu (${this.ballot.quota}). Hãy bỏ bớt.`;
    }
    return null;
  }

  private async memberName(memberId: number | null): Promise<string | null> {
    if (memberId === null) return null;
    const row = await this.options
      .db()
      .selectFrom('council_members')
      .select('name')
      .where('id', '=', memberId)
      .executeTakeFirst();
    return row?.name ?? null;
  }

  /** The slip a request names, after the rate limits; a wrong code is counted here. */
  private async slip(address: string, auth: unknown): Promise<{ slip: SlipRow } | PhoneAnswer> {
    if (!this.wrongByAddress.allows(address)) {
      this.blocked++;
      return refuse(429, 'Nhập sai mã quá nhiều lần. Hãy chờ một phút rồi thử lại.');
    }
    const authHash = typeof auth === 'string' && AUTH.test(auth) ? hashHex(auth) : null;
    const slip = authHash ? await findSlipByAuthHash(this.options.db(), authHash) : undefined;
    // The row was found by its hash; the comparison is repeated in constant time all the same.
    if (!slip || !authHash || !sameHex(slip.auth_hash, authHash)) {
      this.wrongCodes++;
      this.wrongByAddress.count(address);
      return refuse(403, 'Mã phiếu không đúng. Hãy quét lại mã QR hoặc nhập lại mã.');
    }
    if (!this.bySlip.allows(slip.auth_hash)) {
      this.blocked++;
      return refuse(429, 'Phiếu này được gửi quá nhiều lần. Hãy chờ một phút rồi thử lại.');
    }
    this.bySlip.count(slip.auth_hash);
    if (slip.poll_id !== this.pollId) return refuse(410, 'Phiếu này không thuộc cuộc bỏ phiếu đang mở.');
    return { slip };
  }
}
