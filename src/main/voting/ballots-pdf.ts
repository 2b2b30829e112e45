import { bareLayout, cutLine, gridLayout, letterhead } from '../documents/parts';
import { estimateLines, lineHeight, mm, type Content, type ContentNode } from '../documents/pdf';
import type { TDocumentDefinitions } from '../documents/pdf';
import { renderStamped, type StampedCopy, type StampSlot } from '../documents/stamp';
import { formatSerial } from '../documents/vn-format';
import { sectionsByKind } from '../../shared/list-sections';
import type { NomineeKind } from '../../shared/nominees';

/**
 * Paper ballots (phiếu bầu) for a secret vote: one ballot per copy, each with its serial number.
 * Which layout a list gets follows from an estimate of its height (about 12 one-line names fit
 * a half sheet, 36 a page, 42 a page in compact type, each section heading counting as one): two ballots per A4 sheet, one per half
 * with a dashed cut line, so that a cut through the middle gives two identical A5 ballots; else
 * one ballot per page; longer lists run onto further pages with the table header repeated.
 */

export interface BallotNominee {
  kind: NomineeKind;
  name: string;
  unit: string;
  awardForm: string;
}

export interface BallotsInput {
  organisation: string;
  partyHeader: boolean;
  pollTitle: string;
  /** In list order: the ballot cuts them into the list's sections and numbers them through. */
  nominees: BallotNominee[];
  copies: number;
  firstSerial: number;
}

export const MAX_COPIES = 2000;

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = mm(15);
const MARGIN_Y = mm(10);
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** A half sheet less its own top and bottom margin (one point spare against rounding). */
const HALF_HEIGHT = PAGE_HEIGHT / 2 - 2 * MARGIN_Y - 1;
const FULL_HEIGHT = PAGE_HEIGHT - 2 * MARGIN_Y - 1;

/**
 * Type sizes: `roomy` for ballots that fit a half or a whole sheet with it, `compact` for long
 * lists, where it fits about 42 names on one page instead of 36, so a ballot stays one sheet.
 */
const ROOMY = { head: 9.5, title: 14, poll: 10.5, body: 9.5, note: 8.5, padY: 2, seal: 42 };
type Sizes = typeof ROOMY;
const COMPACT: Sizes = { head: 9, title: 13, poll: 10, body: 9, note: 8, padY: 1.2, seal: 36 };
const SERIAL_SIZE = 11;
const SIDE_WIDTH = 86;
const CELL_PADDING_X = 3;
const LEFT_HEAD_WIDTH = CONTENT_WIDTH * 0.45;
const LINE_WIDTH = 0.6;
/**
 * Text widths of STT, name, unit, award form, agree, disagree; name and unit share what is left.
 * pdfmake's table widths exclude cell padding and rules, so those come off the page width first.
 */
const FIXED_WIDTH = 20 + 76 + 36 + 42;
const FREE = (CONTENT_WIDTH - 6 * 2 * CELL_PADDING_X - 7 * LINE_WIDTH - FIXED_WIDTH) / 2;
const WIDTHS = [20, FREE, FREE, 76, 36, 42];
const HEADER_CELLS = ['STT', 'Họ và tên', 'Đơn vị', 'Hình thức đề nghị', 'Đồng ý', 'Không đồng ý'];

// Noto Serif has no ✗ (U+2717), so the instruction asks for a plain X.
export const BALLOT_INSTRUCTIONS =
  'Đánh dấu X vào ô “Đồng ý” hoặc “Không đồng ý” cho từng người; phiếu đánh dấu cả hai ô hoặc gạch xóa tên là phiếu không hợp lệ.';

function checkInput(input: BallotsInput): void {
  if (!Number.isInteger(input.copies) || input.copies < 1 || input.copies > MAX_COPIES)
    throw new RangeError(`Số phiếu in phải từ 1 đến ${MAX_COPIES}`);
  if (!Number.isInteger(input.firstSerial) || input.firstSerial < 1)
    throw new RangeError('Số thứ tự phiếu đầu tiên phải là số nguyên dương');
  if (input.nominees.length === 0) throw new RangeError('Phiếu bầu cần ít nhất một người được đề nghị');
}

/** A square to tick, a little shorter than a text line so that it never makes a row taller. */
function tickBox(bodySize: number): ContentNode {
  const side = Math.min(11, lineHeight(bodySize) - 2);
  return {
    canvas: [{ type: 'rect', x: 0, y: 0, w: side, h: side, lineWidth: 0.7 }],
    alignment: 'center',
    margin: [0, 1, 0, 0],
  };
}

function sealBox(height: number): ContentNode {
  return {
    table: {
      widths: [SIDE_WIDTH - 2 * CELL_PADDING_X - 1],
      heights: [height],
      body: [[{ text: 'Đóng dấu', italics: true, fontSize: 8, color: '#777777', alignment: 'center' }]],
    },
    layout: gridLayout(CELL_PADDING_X, 1, 0.5),
  };
}

function nomineeTable(nominees: BallotNominee[], sizes: Sizes): ContentNode {
  const header = HEADER_CELLS.map((text) => ({ text, bold: true, alignment: 'center' as const }));
  const rows: Content[][] = [];
  let stt = 0;
  for (const section of sectionsByKind(nominees)) {
    rows.push([{ text: section.title, bold: true, colSpan: HEADER_CELLS.length }, {}, {}, {}, {}, {}]);
    for (const n of section.members) {
      stt += 1;
      rows.push([
        { text: String(stt), alignment: 'center' },
        n.name,
        n.unit,
        n.awardForm,
        tickBox(sizes.body),
        tickBox(sizes.body),
      ]);
    }
  }
  return {
    table: { widths: WIDTHS, headerRows: 1, dontBreakRows: true, body: [header, ...rows] },
    layout: gridLayout(CELL_PADDING_X, sizes.padY, LINE_WIDTH),
    fontSize: sizes.body,
  };
}

/** One ballot and its serial number (padded), or an empty serial slot for renderStamped. */
interface BallotSpec {
  serial: string | null;
  slot?: string;
}

function ballot(input: BallotsInput, spec: BallotSpec, sizes: Sizes): Content[] {
  const serial = spec.serial === null ? 'Số:' : `Số: ${spec.serial}`;
  return [
    letterhead({
      organisation: input.organisation,
      partyHeader: input.partyHeader,
      fontSize: sizes.head,
      leftWidth: LEFT_HEAD_WIDTH,
    }),
    {
      columns: [
        {
          width: SIDE_WIDTH,
          stack: [
            { text: serial, bold: true, fontSize: SERIAL_SIZE, ...(spec.slot ? { id: spec.slot } : {}) },
          ],
          margin: [0, 4, 0, 0],
        },
        {
          width: '*',
          alignment: 'center',
          stack: [
            { text: 'PHIẾU BẦU', bold: true, fontSize: sizes.title },
            { text: input.pollTitle.trim(), bold: true, fontSize: sizes.poll },
          ],
        },
        { width: SIDE_WIDTH, stack: [sealBox(sizes.seal)] },
      ],
      columnGap: 8,
      margin: [0, 4, 0, 6],
    },
    nomineeTable(input.nominees, sizes),
    {
      text: BALLOT_INSTRUCTIONS,
      italics: true,
      fontSize: sizes.note,
      margin: [0, 4, 0, 0],
      unbreakable: true,
    },
  ];
}

/**
 * An upper bound of a ballot's height, from the same sizes the layout uses, so that two
 * ballots share a sheet only when each surely fits in its half.
 */
export function estimateBallotHeight(input: BallotsInput, sizes: Sizes = ROOMY): number {
  const leftLines = estimateLines(input.organisation, sizes.head, LEFT_HEAD_WIDTH) + 1;
  const letter = Math.max(leftLines, 2) * lineHeight(sizes.head) + 5;
  const titleWidth = CONTENT_WIDTH - 2 * SIDE_WIDTH - 16;
  const pollLines = estimateLines(input.pollTitle, sizes.poll, titleWidth);
  const middle = Math.max(lineHeight(sizes.title) + pollLines * lineHeight(sizes.poll), sizes.seal + 2) + 10;
  const rowExtra = 2 * sizes.padY + LINE_WIDTH;
  const body = lineHeight(sizes.body);
  let table = 2 * body + rowExtra + LINE_WIDTH;
  for (const n of input.nominees) {
    const cells = [n.name, n.unit, n.awardForm].map((text, i) =>
      estimateLines(text, sizes.body, WIDTHS[i + 1] ?? 0),
    );
    table += Math.max(...cells) * body + rowExtra;
  }
  table += sectionsByKind(input.nominees).length * (body + rowExtra);
  const note = estimateLines(BALLOT_INSTRUCTIONS, sizes.note, CONTENT_WIDTH) * lineHeight(sizes.note) + 4;
  // Measured layouts come out about 3 pt taller than this sum (text boxes round up); keep 6.
  return letter + middle + table + note + 6;
}

export interface Arrangement {
  perSheet: 1 | 2;
  sizes: Sizes;
  /** False when even compact type needs more than a page: the ballot runs on, header repeated. */
  fits: boolean;
}

/** Two ballots a sheet when one fits a half; else one, in compact type if only that fits a page. */
export function arrangement(input: BallotsInput): Arrangement {
  const roomy = estimateBallotHeight(input, ROOMY);
  if (roomy <= HALF_HEIGHT) return { perSheet: 2, sizes: ROOMY, fits: true };
  if (roomy <= FULL_HEIGHT) return { perSheet: 1, sizes: ROOMY, fits: true };
  return { perSheet: 1, sizes: COMPACT, fits: estimateBallotHeight(input, COMPACT) <= FULL_HEIGHT };
}

/** The sheets for these ballots: in pairs when the list is short, else one ballot a page. */
function sheets(input: BallotsInput, ballots: BallotSpec[]): Content[] {
  const content: Content[] = [];
  const breakBefore = (i: number) => (i > 0 ? { pageBreak: 'before' as const } : {});
  const { perSheet, sizes } = arrangement(input);
  if (perSheet === 1) {
    ballots.forEach((spec, i) => content.push({ stack: ballot(input, spec, sizes), ...breakBefore(i) }));
    return content;
  }
  for (let i = 0; i < ballots.length; i += 2) {
    const [top, bottom] = [ballots[i], ballots[i + 1]];
    if (top && !bottom) content.push({ stack: ballot(input, top, sizes), ...breakBefore(i) });
    if (!top || !bottom) break;
    // The top ballot fills a fixed-height box, so the cut line and the bottom ballot sit at
    // the same place on every sheet.
    content.push(
      {
        table: { widths: ['*'], heights: [HALF_HEIGHT], body: [[{ stack: ballot(input, top, sizes) }]] },
        layout: bareLayout,
        ...breakBefore(i),
      },
      cutLine(CONTENT_WIDTH, MARGIN_X / 2, MARGIN_Y),
      { stack: ballot(input, bottom, sizes) },
    );
  }
  return content;
}

function document(input: BallotsInput, ballots: BallotSpec[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y],
    defaultStyle: { fontSize: arrangement(input).sizes.body },
    info: { title: `Phiếu bầu - ${input.pollTitle.trim()}` },
    content: sheets(input, ballots),
  };
}

function serials(input: BallotsInput): string[] {
  const last = input.firstSerial + input.copies - 1;
  return Array.from({ length: input.copies }, (_, i) => formatSerial(input.firstSerial + i, last));
}

/** Every ballot laid out by pdfmake: the reference that renderBallots' output must match. */
export function ballotsDefinition(input: BallotsInput): TDocumentDefinitions {
  checkInput(input);
  const specs = serials(input).map((serial) => ({ serial }));
  return document(input, specs);
}

/**
 * The same pages as `renderPdf(ballotsDefinition(input))`, fast: one template ballot (or pair
 * of ballots) is laid out once and repeated with each copy's serial (see documents/stamp.ts).
 */
export function renderBallots(input: BallotsInput): Promise<Buffer> {
  checkInput(input);
  const numbers = serials(input);
  const slot = (id: string): StampSlot => ({ id, face: 'bold', fontSize: SERIAL_SIZE });
  if (arrangement(input).perSheet === 1) {
    const template = document(input, [{ serial: null, slot: 's0' }]);
    return renderStamped(template, [slot('s0')], (pageCount) => {
      const pages = Array.from({ length: pageCount }, (_, i) => i);
      return numbers.map((serial) => ({ pages, texts: { s0: serial } }));
    });
  }
  // Template: a sheet of two (s0, s1) when there are pairs, then a lone ballot (s2) if odd.
  const pairs = Math.floor(numbers.length / 2);
  const odd = numbers.length % 2 === 1;
  const specs: BallotSpec[] = [];
  if (pairs > 0) specs.push({ serial: null, slot: 's0' }, { serial: null, slot: 's1' });
  if (odd) specs.push({ serial: null, slot: 's2' });
  const template = document(input, specs);
  return renderStamped(
    template,
    specs.map((spec) => slot(spec.slot ?? '')),
    () => {
      const copies: StampedCopy[] = [];
      for (let p = 0; p < pairs; p++)
        copies.push({ pages: [0], texts: { s0: numbers[2 * p] ?? '', s1: numbers[2 * p + 1] ?? '' } });
      if (odd) copies.push({ pages: [pairs > 0 ? 1 : 0], texts: { s2: numbers[numbers.length - 1] ?? '' } });
      return copies;
    },
  );
}
