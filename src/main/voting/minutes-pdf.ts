import { gridLayout } from '../documents/parts';
import { datedLine, portraitDocument, TABLE_SIZE } from '../documents/portrait';
import { mm, renderPdf, type Content, type ContentNode, type TDocumentDefinitions } from '../documents/pdf';
import { formatInteger, formatPercent } from '../documents/vn-format';

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
  time: string;
  venue: string;
  tellers: { name: string; role: 'Trưởng ban' | 'Thành viên' }[];
  totalMembers: number;
  present: number;
  writtenOpinions: number;
  ballotsIssued: number;
  ballotsReturned: number;
  valid: number;
  invalid: number;
  ruleText: string;
  denominatorLabel: string;
  denominatorValue: number;
  quorumMet: boolean;
  rows: { name: string; unit: string; agree: number; percent: number; verdict: MinutesVerdict }[];
  presidium: { title: string; name: string };
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

function tellersBlock(input: MinutesInput): Content[] {
  const time = input.time.trim();
  const venue = input.venue.trim();
  const opening =
    `Hôm nay, vào lúc ${time || '… giờ …'}` + (venue ? `, tại ${venue}` : '') + ', Ban kiểm phiếu gồm:';
  const list = input.tellers.map((t, i) =>
    paragraph(`${i + 1}. ${t.name.trim()} – ${t.role}${i === input.tellers.length - 1 ? '.' : ';'}`),
  );
  if (list.length === 0) list.push(paragraph('(Chưa ghi tên thành viên Ban kiểm phiếu.)', { italics: true }));
  return [paragraph(opening), ...list, paragraph('Ban kiểm phiếu đã tiến hành kiểm phiếu, kết quả như sau:')];
}

function countsBlock(input: MinutesInput): Content[] {
  const n = formatInteger;
  const lines = [
    `- Tổng số thành viên Hội đồng: ${n(input.totalMembers)} người; có mặt: ${n(input.present)} người` +
      (input.writtenOpinions > 0
        ? `; vắng mặt có ý kiến bằng văn bản: ${n(input.writtenOpinions)} người.`
        : '.'),
    `- Số phiếu phát ra: ${n(input.ballotsIssued)} phiếu;`,
    `- Số phiếu thu vào: ${n(input.ballotsReturned)} phiếu;`,
    `- Số phiếu hợp lệ: ${n(input.valid)} phiếu;`,
    `- Số phiếu không hợp lệ: ${n(input.invalid)} phiếu.`,
  ];
  const quorum = input.quorumMet
    ? 'Số thành viên tham gia bảo đảm tỷ lệ theo quy định; kết quả bỏ phiếu có giá trị.'
    : 'Số thành viên tham gia không bảo đảm tỷ lệ theo quy định; kết quả bỏ phiếu không có giá trị.';
  const rule =
    `Tiêu chuẩn đạt: ${input.ruleText.trim()}; tỷ lệ % tính trên ${input.denominatorLabel.trim()}` +
    ` (${n(input.denominatorValue)}).`;
  return [...lines.map((line) => paragraph(line)), paragraph(quorum), paragraph(rule)];
}

function resultsTable(input: MinutesInput): ContentNode {
  const centre = (text: string): ContentNode => ({ text, alignment: 'center' });
  const header = ['STT', 'Họ và tên', 'Đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ %', 'Kết quả'].map((text) => ({
    text,
    bold: true,
    alignment: 'center' as const,
  }));
  const rows = input.rows.map((row, i): Content[] => [
    centre(String(i + 1)),
    row.name,
    row.unit,
    centre(formatInteger(row.agree)),
    centre(formatPercent(row.percent)),
    { text: VERDICT_LABELS[row.verdict], bold: row.verdict !== 'failed' },
  ]);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [24, 132, '*', 42, 42, 76],
      body: [header, ...rows],
    },
    layout: gridLayout(3, 2),
    fontSize: TABLE_SIZE,
    margin: [0, 2, 0, 8],
  };
}

function conclusion(input: MinutesInput): ContentNode {
  if (!input.quorumMet)
    return paragraph(
      'Kết quả kiểm phiếu: không có giá trị do số thành viên tham gia không bảo đảm tỷ lệ theo quy định.',
    );
  const numbers = (verdict: MinutesVerdict) =>
    input.rows.flatMap((row, i) => (row.verdict === verdict ? [String(i + 1)] : []));
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
  return paragraph(`${text}.`, { bold: true });
}

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
  const head = input.tellers.find((t) => t.role === 'Trưởng ban');
  const members = input.tellers.filter((t) => t !== head);
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
