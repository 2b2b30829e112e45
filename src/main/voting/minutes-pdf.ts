import { gridLayout } from '../documents/parts';
import { datedLine, portraitDocument, TABLE_SIZE } from '../documents/portrait';
import { mm, renderPdf, type Content, type ContentNode, type TDocumentDefinitions } from '../documents/pdf';
import { formatInteger, formatPercent } from '../documents/vn-format';
import { sectionsByKind } from '../../shared/list-sections';
import type { NomineeKind } from '../../shared/nominees';

/**
 * The vote-count minutes (biên bản kiểm phiếu), laid out as Decree 30/2020 asks of official
 * papers: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, a 13 pt serif,
 * page numbers from the second page on, centred at the top.
 */

export type MinutesVerdict = 'passed' | 'failed' | 'tie_at_quota';

export interface MinutesInput {
  organisation: string;
  partyHeader: boolean;
  placeName: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** "(V/v: …)"; the wrapper is added when missing. */
  subject: string;
  /** "14 giờ 05, ngày 04 tháng 12 năm 2026". */
  time: string;
  venue: string;
  /** None: the minutes leave dotted lines for the names, to be written in by hand. */
  tellers: { name: string; role: 'Trưởng ban' | 'Thành viên' }[];
  totalMembers: number;
  present: number;
  writtenOpinions: number;
  ballotsIssued: number;
  ballotsReturned: number;
  /** Of those returned, sent from phones (the rest were paper); 0 for a paper-only poll. */
  electronicBallots?: number;
  valid: number;
  invalid: number;
  ruleText: string;
  denominatorLabel: string;
  denominatorValue: number;
  quorumMet: boolean;
  /** In list order; the table cuts them into the list's sections and numbers them through. */
  rows: MinutesRow[];
  presidium: { title: string; name: string };
}

export interface MinutesRow {
  kind: NomineeKind;
  name: string;
  unit: string;
  agree: number;
  disagree: number;
  percent: number;
  verdict: MinutesVerdict;
}

export const VERDICT_LABELS: Record<MinutesVerdict, string> = {
  passed: 'Đạt',
  failed: 'Không đạt',
  tie_at_quota: 'Bằng phiếu tại chỉ tiêu – Hội đồng quyết định',
};

const INDENT = mm(10);

/** "(V/v: …)" whether or not the caller wrapped it. */
export function subjectLine(subject: string): string {
  const bare = subject
    .trim()
    .replace(/^\(\s*(.*?)\s*\)$/s, '$1')
    .replace(/^V\/v\s*:?\s*/i, '');
  return `(V/v: ${bare})`;
}

const paragraph = (text: string, extra: ContentNode = {}): ContentNode => ({
  text,
  alignment: 'justify',
  leadingIndent: INDENT,
  margin: [0, 0, 0, 4],
  ...extra,
});

/** A name to be written in by hand. */
const DOTTED_NAME = '…………………………………………';
/** With no tellers on record: a head and two members, the usual board, left blank to fill in. */
const BLANK_TELLERS: MinutesInput['tellers'] = [
  { name: DOTTED_NAME, role: 'Trưởng ban' },
  { name: DOTTED_NAME, role: 'Thành viên' },
  { name: DOTTED_NAME, role: 'Thành viên' },
];

function tellersBlock(input: MinutesInput): Content[] {
  const time = input.time.trim();
  const venue = input.venue.trim();
  const opening =
    `Hôm nay, vào lúc ${time || '… giờ …'}` + (venue ? `, tại ${venue}` : '') + ', Ban kiểm phiếu gồm:';
  const tellers = input.tellers.length > 0 ? input.tellers : BLANK_TELLERS;
  const list = tellers.map((t, i) =>
    paragraph(`${i + 1}. ${t.name.trim()} – ${t.role}${i === tellers.length - 1 ? '.' : ';'}`),
  );
  return [paragraph(opening), ...list, paragraph('Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:')];
}

/** Whether the vote counts, as the minutes say it. */
export const quorumSentence = (input: Pick<MinutesInput, 'quorumMet'>): string =>
  input.quorumMet
    ? 'Số thành viên tham gia bảo đảm tỷ lệ theo quy định; kết quả bỏ phiếu có giá trị.'
    : 'Số thành viên tham gia không bảo đảm tỷ lệ theo quy định; kết quả bỏ phiếu không có giá trị.';

function countsBlock(input: MinutesInput): Content[] {
  const n = formatInteger;
  const lines = [
    `- Tổng số thành viên Hội đồng: ${n(input.totalMembers)} người; có mặt: ${n(input.present)} người` +
      (input.writtenOpinions > 0
        ? `; vắng mặt có ý kiến bằng văn bản: ${n(input.writtenOpinions)} người.`
        : '.'),
    `- Số phiếu phát ra: ${n(input.ballotsIssued)} phiếu;`,
    `- Số phiếu thu vào: ${n(input.ballotsReturned)} phiếu` +
      (input.electronicBallots
        ? ` (phiếu điện tử: ${n(input.electronicBallots)}; phiếu giấy: ${n(input.ballotsReturned - input.electronicBallots)});`
        : ';'),
    `- Số phiếu hợp lệ: ${n(input.valid)} phiếu;`,
    `- Số phiếu không hợp lệ: ${n(input.invalid)} phiếu.`,
  ];
  const quorum = quorumSentence(input);
  const rule =
    `Tiêu chuẩn đạt: ${input.ruleText.trim()}; tỷ lệ % tính trên ${input.denominatorLabel.trim()}` +
    ` (${n(input.denominatorValue)}).`;
  return [...lines.map((line) => paragraph(line)), paragraph(quorum), paragraph(rule)];
}

/** The rows with the numbers the table gives them: sections in list order, numbered through. */
export function numberedRows(
  rows: readonly MinutesRow[],
): { title: string; rows: (MinutesRow & { stt: number })[] }[] {
  let stt = 0;
  return sectionsByKind(rows).map((section) => ({
    title: section.title,
    rows: section.members.map((row) => ({ ...row, stt: ++stt })),
  }));
}

const RESULT_HEADERS = [
  'STT',
  'Họ và tên / Tên tập thể, đơn vị',
  'Đồng ý',
  'Không đồng ý',
  'Tỷ lệ %',
  'Kết quả',
];
/**
 * Text widths in points on the 165 mm between the margins. The unit goes under the name rather
 * than in a column of its own: a separate column left the name about 130 pt, and names wrapped.
 */
const RESULT_WIDTHS: (number | '*')[] = [22, '*', 40, 42, 40, 64];

function resultsTable(input: MinutesInput): ContentNode {
  const centre = (text: string): ContentNode => ({ text, alignment: 'center' });
  const header = RESULT_HEADERS.map((text) => ({ text, bold: true, alignment: 'center' as const }));
  const body: Content[][] = [header];
  for (const section of numberedRows(input.rows)) {
    body.push([{ text: section.title, bold: true, colSpan: RESULT_HEADERS.length }, {}, {}, {}, {}, {}]);
    for (const row of section.rows)
      body.push([
        centre(String(row.stt)),
        {
          stack: [
            row.name,
            ...(row.unit.trim() ? [{ text: row.unit.trim(), italics: true, fontSize: TABLE_SIZE - 1 }] : []),
          ],
        },
        centre(formatInteger(row.agree)),
        centre(formatInteger(row.disagree)),
        centre(formatPercent(row.percent)),
        { text: VERDICT_LABELS[row.verdict], bold: row.verdict !== 'failed' },
      ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: RESULT_WIDTHS, body },
    layout: gridLayout(3, 2),
    fontSize: TABLE_SIZE,
    margin: [0, 2, 0, 8],
  };
}

/** The bold closing sentence: who passed and who tied at the quota line, by their numbers. */
export function conclusionText(input: Pick<MinutesInput, 'quorumMet' | 'rows'>): string {
  if (!input.quorumMet)
    return 'Kết quả kiểm phiếu: không có giá trị do số thành viên tham gia không bảo đảm tỷ lệ theo quy định.';
  const numbered = numberedRows(input.rows).flatMap((section) => section.rows);
  const numbers = (verdict: MinutesVerdict) =>
    numbered.flatMap((row) => (row.verdict === verdict ? [String(row.stt)] : []));
  const passed = numbers('passed');
  const ties = numbers('tie_at_quota');
  // "trường hợp" rather than "người": a nominee may be a collective (tập thể).
  let text =
    passed.length === 0
      ? 'Kết quả kiểm phiếu: không có trường hợp nào đạt tỷ lệ phiếu đồng ý theo quy định'
      : `Kết quả kiểm phiếu: có ${formatInteger(passed.length)} trường hợp đạt tỷ lệ phiếu đồng ý theo quy định` +
        ` (số thứ tự ${passed.join(', ')})`;
  if (ties.length > 0)
    text +=
      `; ${formatInteger(ties.length)} trường hợp bằng phiếu tại chỉ tiêu (số thứ tự ${ties.join(', ')}),` +
      ' đề nghị Hội đồng xem xét, quyết định';
  return `${text}.`;
}

const conclusion = (input: MinutesInput): ContentNode => paragraph(conclusionText(input), { bold: true });

function signature(title: string, name: string): ContentNode {
  return {
    stack: [
      { text: title, bold: true },
      { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 12 },
      { text: name.trim(), bold: true, margin: [0, 64, 0, 0] },
    ],
    alignment: 'center',
  };
}

function signatures(input: MinutesInput): ContentNode {
  // Without tellers on record the names are left for the signers to write under their signature.
  const tellers = input.tellers.length > 0 ? input.tellers : BLANK_TELLERS.map((t) => ({ ...t, name: '' }));
  const head = tellers.find((t) => t.role === 'Trưởng ban');
  const members = tellers.filter((t) => t !== head);
  const blocks: Content[] = [
    {
      columns: [
        signature('TRƯỞNG BAN KIỂM PHIẾU', head?.name ?? ''),
        signature(input.presidium.title.trim(), input.presidium.name),
      ],
      columnGap: 12,
    },
  ];
  if (members.length > 0)
    blocks.push({
      stack: [
        { text: 'CÁC THÀNH VIÊN BAN KIỂM PHIẾU', bold: true, margin: [0, 12, 0, 0] },
        { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 12 },
        {
          columns: members.map((m) => ({ text: m.name.trim(), bold: true, margin: [0, 56, 0, 0] })),
          columnGap: 12,
        },
      ],
      alignment: 'center',
    });
  // Signatures stay together, and on the same page as the conclusion's last lines.
  return { stack: blocks, unbreakable: true, margin: [0, 10, 0, 0] };
}

export function minutesDefinition(input: MinutesInput): TDocumentDefinitions {
  return portraitDocument({
    title: `Biên bản kiểm phiếu ${subjectLine(input.subject)}`,
    organisation: input.organisation,
    partyHeader: input.partyHeader,
    dated: datedLine(input.placeName, input.date),
    content: [
      { text: 'BIÊN BẢN KIỂM PHIẾU', bold: true, fontSize: 14, alignment: 'center', margin: [0, 20, 0, 0] },
      { text: subjectLine(input.subject), bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      ...tellersBlock(input),
      ...countsBlock(input),
      resultsTable(input),
      conclusion(input),
      signatures(input),
    ],
  });
}

export function renderMinutes(input: MinutesInput): Promise<Buffer> {
  return renderPdf(minutesDefinition(input));
}
