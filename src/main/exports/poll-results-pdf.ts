import { writeFile } from 'node:fs/promises';
import { gridLayout } from '../documents/parts';
import { portraitDocument, TABLE_SIZE } from '../documents/portrait';
import { mm, renderPdf, type Content, type ContentNode, type TDocumentDefinitions } from '../documents/pdf';
import { formatInteger, formatPercent } from '../documents/vn-format';
import type { Figure, PollBlock, PollResultsModel } from './poll-results-model';

/**
 * The poll results as an A4 portrait paper laid out like the vote-count minutes
 * (voting/minutes-pdf.ts): Decree 30/2020 margins, 13 pt text, 11 pt tables, the page number
 * centred at the top from the second page on.
 */

/** Polls with at most this many nominees are kept whole on one page. */
const SMALL_POLL = 12;

const HEADERS = ['STT', 'Họ và tên', 'Đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ (%)', 'Kết quả'];

/** The words every label of `figures` starts with ("Số phiếu"), written once. */
function sharedStart(figures: readonly Figure[]): string {
  const [first, ...rest] = figures.map((f) => f.label.split(' '));
  if (!first || rest.length === 0) return '';
  const shared = first.findIndex((word, i) => rest.some((words) => words[i] !== word));
  return first.slice(0, shared < 0 ? first.length : shared).join(' ');
}

/** "- Tổng số thành viên Hội đồng: 12; có mặt: 11." and "- Số phiếu phát ra: 11; thu vào: 11; …". */
export function figuresLine(figures: readonly Figure[]): string {
  const shared = sharedStart(figures);
  const parts = figures.map(({ label, value }, i) => {
    const text =
      i === 0
        ? label
        : (shared ? label.slice(shared.length).trim() : label).replace(/^./, (c) =>
            c.toLocaleLowerCase('vi'),
          );
    return `${text}: ${formatInteger(value)}`;
  });
  return `- ${parts.join('; ')}.`;
}

const line = (text: string, extra: ContentNode = {}): ContentNode => ({
  text,
  margin: [0, 0, 0, 2],
  ...extra,
});

function resultsTable(poll: PollBlock): ContentNode {
  const centre = (text: string): ContentNode => ({ text, alignment: 'center' });
  const header = HEADERS.map((text) => ({ text, bold: true, alignment: 'center' as const }));
  const rows = poll.rows.flatMap((row): Content[][] => [
    ...(row.section
      ? [[{ text: row.section, bold: true, colSpan: HEADERS.length }, {}, {}, {}, {}, {}]]
      : []),
    [
      centre(String(row.stt)),
      row.name,
      row.unit,
      centre(formatInteger(row.agree)),
      centre(formatPercent(row.percent)),
      { text: row.verdict, alignment: 'center', bold: row.outcome !== 'failed' },
    ],
  ]);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [24, 122, '*', 46, 44, 72],
      body: [header, ...rows],
    },
    layout: gridLayout(3, 2),
    fontSize: TABLE_SIZE,
    margin: [0, 4, 0, 0],
  };
}

function pollSection(poll: PollBlock, index: number): ContentNode {
  const intro: Content[] = [{ text: `${index + 1}. ${poll.title}`, bold: true, margin: [0, 12, 0, 2] }];
  if (poll.provisional)
    intro.push(line('(Đang kiểm phiếu: số liệu tạm tính, chưa phải kết quả chính thức.)', { italics: true }));
  intro.push(
    ...poll.ruleLines.map((text) => line(`- ${text}`)),
    line(figuresLine(poll.attendance)),
    line(figuresLine(poll.ballots)),
    ...poll.notes.map((text, i) => line(`- ${text}`, { bold: i === 1 && !poll.quorumMet })),
  );
  return {
    stack: [{ stack: intro, unbreakable: true }, resultsTable(poll)],
    // A short poll moves to the next page whole rather than leave its title at a page foot.
    unbreakable: poll.rows.length <= SMALL_POLL,
  };
}

function signature(model: PollResultsModel): ContentNode {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 220,
        stack: [
          { text: model.signer.title, bold: true },
          { text: model.signer.name.trim() || ' ', bold: true, margin: [0, mm(25), 0, 0] },
        ],
        alignment: 'center',
      },
    ],
    unbreakable: true,
    margin: [0, 16, 0, 0],
  };
}

export function pollResultsDefinition(model: PollResultsModel): TDocumentDefinitions {
  return portraitDocument({
    title: `${model.title} - ${model.conferenceTitle}`,
    organisation: model.organiser,
    partyHeader: model.partyHeader,
    dated: model.datedLine,
    content: [
      { text: model.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 20, 0, 0] },
      { text: model.conferenceTitle, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      ...model.polls.map(pollSection),
      signature(model),
    ],
  });
}

export async function writePollResultsPdf(model: PollResultsModel, path: string): Promise<void> {
  await writeFile(path, await renderPdf(pollResultsDefinition(model)));
}
