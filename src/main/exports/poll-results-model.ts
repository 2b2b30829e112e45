import type { Kysely } from 'kysely';
import { sectionsByKind } from '../../shared/list-sections';
import type { Fraction, PollDetail, Verdict, VotingMethod, VotingRule } from '../../shared/voting';
import type { Database } from '../db/schema';
import type { DocumentHeading } from '../documents/heading';
import { datedLine } from '../documents/portrait';
import { DENOMINATOR_LABEL } from '../voting/polls/documents';
import { formatInteger, formatNumber } from '../documents/vn-format';
import { listMembers } from '../voting/council/queries';
import { VERDICT_LABELS } from '../voting/minutes-pdf';
import { listPolls, readPoll } from '../voting/polls/queries';

/**
 * The results of every counted poll of a conference as one plain structure, drawn by both the
 * PDF and the Excel writer so that the two say the same thing.
 */

export const RESULTS_TITLE = 'TỔNG HỢP KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG';

export interface ResultRow {
  /** "I. TẬP THỂ" on the first row of a section of the list, printed above it; else null. */
  section: string | null;
  stt: number;
  name: string;
  unit: string;
  agree: number;
  /** agree / denominator × 100, unrounded. */
  percent: number;
  /** "Đạt", "Không đạt" or the tie at the quota line, as the minutes write them. */
  verdict: string;
  outcome: Verdict;
}

export interface Figure {
  label: string;
  value: number;
}

export interface PollBlock {
  title: string;
  /** A poll still being counted: its figures may change. */
  provisional: boolean;
  /** "Tiêu chuẩn đạt: …", "Điều kiện hợp lệ: …", "Chỉ tiêu: …". */
  ruleLines: string[];
  /** Members and those taking part, label and number, in the order the minutes give them. */
  attendance: Figure[];
  /** Ballots issued, returned, valid, invalid. */
  ballots: Figure[];
  /** "Tỷ lệ % tính trên số thành viên dự họp (10)." and whether the vote counts. */
  notes: string[];
  quorumMet: boolean;
  rows: ResultRow[];
}

export interface PollResultsModel {
  organiser: string;
  partyHeader: boolean;
  /** "Kỳ Anh, ngày 19 tháng 5 năm 2021". */
  datedLine: string;
  title: string;
  conferenceTitle: string;
  polls: PollBlock[];
  signer: { title: string; name: string };
  rowCount: number;
}

const METHOD_LABEL: Record<VotingMethod, string> = {
  secret_ballot: 'bỏ phiếu kín',
  show_of_hands: 'biểu quyết giơ tay',
  named: 'biểu quyết công khai',
};

/** 70/100 → "70%", 1/2 → "50%", 2/3 → "2/3": a share as the regulations write it. */
export function shareText({ numerator, denominator }: Fraction): string {
  const percent = (numerator * 100) / denominator;
  // Percentages with at most two decimals stay percentages (12,5%); others keep their fraction.
  const decimals = [0, 1, 2].find((d) => Number.isInteger(Number((percent * 10 ** d).toFixed(9))));
  return decimals === undefined ? `${numerator}/${denominator}` : `${formatNumber(percent, decimals)}%`;
}

export function ruleLines(rule: VotingRule): string[] {
  const lines = [
    `Tiêu chuẩn đạt: ${rule.strict ? 'trên' : 'từ'} ${shareText(rule.threshold)} ${DENOMINATOR_LABEL[rule.denominator]}` +
      ` (${METHOD_LABEL[rule.method]}).`,
  ];
  if (rule.quorum.numerator > 0)
    lines.push(
      `Điều kiện hợp lệ: số thành viên tham gia từ ${shareText(rule.quorum)} tổng số thành viên Hội đồng` +
        (rule.writtenOpinionsCount ? ', tính cả ý kiến bằng văn bản của thành viên vắng mặt.' : '.'),
    );
  if (rule.quota !== null)
    lines.push(`Chỉ tiêu: tối đa ${formatInteger(rule.quota)} trường hợp được đề nghị.`);
  return lines;
}

function pollBlock(poll: PollDetail): PollBlock | null {
  const { counts, tally } = poll;
  if (!counts || !tally) return null;
  const { attendance } = poll;
  const members: Figure[] = [
    { label: 'Tổng số thành viên Hội đồng', value: attendance.totalMembers },
    { label: 'Có mặt', value: attendance.present },
  ];
  if (attendance.writtenOpinions > 0 || poll.rule.writtenOpinionsCount)
    members.push({ label: 'Vắng mặt, có ý kiến bằng văn bản', value: attendance.writtenOpinions });
  const notes = [
    `Tỷ lệ % tính trên ${DENOMINATOR_LABEL[poll.rule.denominator]} (${formatInteger(tally.denominatorValue)}).`,
    tally.quorumMet
      ? 'Số thành viên tham gia bảo đảm tỷ lệ theo quy định; kết quả bỏ phiếu có giá trị.'
      : 'Số thành viên tham gia không bảo đảm tỷ lệ theo quy định; kết quả bỏ phiếu không có giá trị.',
  ];
  return {
    title: poll.title,
    provisional: poll.state !== 'closed',
    ruleLines: ruleLines(poll.rule),
    attendance: members,
    ballots: [
      { label: 'Số phiếu phát ra', value: counts.ballotsIssued },
      { label: 'Số phiếu thu vào', value: counts.ballotsReturned },
      { label: 'Số phiếu hợp lệ', value: counts.valid },
      { label: 'Số phiếu không hợp lệ', value: counts.invalid },
    ],
    notes,
    quorumMet: tally.quorumMet,
    rows: resultRows(poll),
  };
}

/** The results in the list's sections and order, numbered through as the ballots number them. */
function resultRows(poll: PollDetail): ResultRow[] {
  const byId = new Map((poll.tally?.results ?? []).map((r) => [r.nomineeId, r]));
  let stt = 0;
  return sectionsByKind(poll.nominees).flatMap((section) =>
    section.members.flatMap((nominee, i) => {
      const r = byId.get(nominee.nomineeId);
      if (!r) return [];
      stt += 1;
      return [
        {
          section: i === 0 ? section.title : null,
          stt,
          name: nominee.fullName,
          unit: nominee.unitName,
          agree: r.agree,
          percent: r.percent,
          verdict: VERDICT_LABELS[r.verdict],
          outcome: r.verdict,
        },
      ];
    }),
  );
}

/** "YYYY-MM-DD" of a moment in local time (the office's clock). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every counted poll (closed, or being counted) of the heading's conference, oldest first. */
export async function readPollResults(
  db: Kysely<Database>,
  heading: DocumentHeading,
  now: Date,
): Promise<PollResultsModel> {
  const { conference, settings } = heading;
  const summaries = (await listPolls(db, conference.id))
    .filter((p) => p.state === 'closed' || p.state === 'counting')
    .sort((a, b) => a.id - b.id);
  const polls: PollBlock[] = [];
  for (const summary of summaries) {
    const block = pollBlock(await readPoll(db, summary.id));
    if (block) polls.push(block);
  }
  const chair = (await listMembers(db, conference.id)).find((m) => m.role === 'chu_tich');
  return {
    organiser: heading.organiser,
    partyHeader: heading.partyHeader,
    // Dated the day it is made, like any paper printed for the file.
    datedLine: datedLine(heading.placeName, localDay(now)),
    title: RESULTS_TITLE,
    conferenceTitle: conference.title,
    polls,
    signer: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.name ?? settings.signerName },
    rowCount: polls.reduce((sum, p) => sum + p.rows.length, 0),
  };
}
