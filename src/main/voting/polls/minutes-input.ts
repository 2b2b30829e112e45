import type { Kysely } from 'kysely';
import { formatDocumentDate } from '../../../shared/dates';
import type { CouncilMember, Denominator, PollDetail } from '../../../shared/voting';
import { electronicBallotCount } from '../lan/queries';
import { AppError } from '../../core/app-error';
import type { Database } from '../../db/schema';
import type { DocumentHeading } from '../../documents/heading';
import { listMembers } from '../council/queries';
import type { MinutesInput } from '../minutes-pdf';

/** How documents name what a threshold is a share of. */
export const DENOMINATOR_LABEL: Record<Denominator, string> = {
  all_members: 'tổng số thành viên Hội đồng',
  members_present: 'số thành viên dự họp',
  ballots_issued: 'số phiếu phát ra',
  ballots_returned: 'số phiếu thu vào',
  valid_ballots: 'số phiếu hợp lệ',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date "YYYY-MM-DD" and the minutes' "14 giờ 05, ngày 19 tháng 5 năm 2021" of a moment. */
export function meetingTime(when: string): { date: string; time: string } {
  const local = new Date(when);
  const date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return {
    date,
    time: `${pad(local.getHours())} giờ ${pad(local.getMinutes())}, ${formatDocumentDate(date)}`,
  };
}

/**
 * What the vote-count minutes say, read from a poll with counts: one reading for the PDF and the
 * Word minutes, so that both give the same numbers.
 */
export async function readMinutesInput(
  db: Kysely<Database>,
  poll: PollDetail,
  heading: DocumentHeading,
  now: Date,
): Promise<{ input: MinutesInput; members: CouncilMember[] }> {
  const { conference, settings, organiser, partyHeader } = heading;
  if (!poll.counts || !poll.tally)
    throw new AppError('VALIDATION', 'Chưa có kết quả kiểm phiếu để lập biên bản.');
  const members = await listMembers(db, poll.conferenceId);
  const tellers = members.filter((m) => m.role === 'kiem_phieu');
  const chair = members.find((m) => m.role === 'chu_tich');
  const { date, time } = meetingTime(poll.closedAt ?? now.toISOString());
  const byId = new Map(poll.nominees.map((n) => [n.nomineeId, n]));
  const { numerator, denominator } = poll.rule.threshold;
  const input: MinutesInput = {
    organisation: organiser.toUpperCase(),
    partyHeader,
    placeName: conference.placeName || settings.placeName,
    date,
    subject: `(V/v: ${poll.title})`,
    time,
    venue: conference.venue || conference.placeName,
    tellers: tellers.map((m, i) => ({ name: m.name, role: i === 0 ? 'Trưởng ban' : 'Thành viên' })),
    totalMembers: poll.attendance.totalMembers,
    present: poll.attendance.present,
    writtenOpinions: poll.attendance.writtenOpinions,
    ballotsIssued: poll.counts.ballotsIssued,
    ballotsReturned: poll.counts.ballotsReturned,
    electronicBallots: await electronicBallotCount(db, poll.id),
    valid: poll.counts.valid,
    invalid: poll.counts.invalid,
    ruleText: `${poll.rule.strict ? 'Trên' : 'Từ'} ${numerator}/${denominator} ${DENOMINATOR_LABEL[poll.rule.denominator]}`,
    denominatorLabel: DENOMINATOR_LABEL[poll.rule.denominator],
    denominatorValue: poll.tally.denominatorValue,
    quorumMet: poll.tally.quorumMet,
    rows: poll.tally.results.map((r) => ({
      kind: byId.get(r.nomineeId)?.kind ?? 'ca_nhan',
      name: byId.get(r.nomineeId)?.fullName ?? '',
      unit: byId.get(r.nomineeId)?.unitName ?? '',
      agree: r.agree,
      disagree: r.disagree,
      percent: r.percent,
      verdict: r.verdict,
    })),
    presidium: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.name ?? settings.signerName },
  };
  return { input, members };
}
