import { estimateTextWidth, type Content, type ContentNode, type TableLayout } from './pdf';

/** Pieces shared by the official documents. */

/** A ruled table: `line` points wide rules, cell padding `padX` / `padY`. */
export const gridLayout = (padX: number, padY: number, line = 0.6): TableLayout => ({
  hLineWidth: () => line,
  vLineWidth: () => line,
  paddingLeft: () => padX,
  paddingRight: () => padX,
  paddingTop: () => padY,
  paddingBottom: () => padY,
});

/** A table used only to place things: no rules, no padding. */
export const bareLayout: TableLayout = gridLayout(0, 0, 0);

/**
 * The two-column heading of an official document (Decree 30/2020; Party documents per
 * Hướng dẫn 36-HD/VPTW): the issuer top left, the national motto or "ĐẢNG CỘNG SẢN VIỆT NAM"
 * top right, each centred in its column with a short rule under it.
 */

export const COUNCIL_NAME = 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG';
const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface LetterheadOptions {
  organisation: string;
  partyHeader: boolean;
  fontSize: number;
  /** Width of the left column in points; the right one takes the rest. */
  leftWidth: number;
  /**
   * The bold line under the issuer: the council by default; null for a paper the organiser
   * issues itself (a list of delegates), whose name is then the bold line.
   */
  office?: string | null;
  /** Added under the right column, e.g. the dated place line of the minutes. */
  rightExtra?: Content;
}

/** A centred horizontal rule `width` points long, the underline of a heading line. */
export function rule(width: number, margin: [number, number, number, number] = [0, 3, 0, 3]): ContentNode {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
    alignment: 'center',
    margin,
  };
}

/**
 * A dashed line across a sheet to cut along, `overhang` points into the side margins, with `gap`
 * points of space above and below it.
 */
export const cutLine = (width: number, overhang: number, gap: number): ContentNode => ({
  canvas: [
    {
      type: 'line',
      x1: -overhang,
      y1: gap,
      x2: width + overhang,
      y2: gap,
      lineWidth: 0.5,
      dash: { length: 4, space: 3 },
      lineColor: '#888888',
    },
  ],
  margin: [0, 0, 0, gap],
});

/** Upper case the Vietnamese way (the issuer line is always written in capitals). */
export const upper = (text: string): string => text.normalize('NFC').toLocaleUpperCase('vi');

export function letterhead(options: LetterheadOptions): ContentNode {
  const { fontSize } = options;
  const office = options.office === undefined ? COUNCIL_NAME : options.office;
  const issuer = upper(options.organisation.trim());
  const left: Content[] =
    office === null
      ? [{ text: issuer, bold: true, fontSize }, rule(estimateTextWidth(issuer, fontSize) / 3)]
      : [
          { text: issuer, fontSize },
          { text: office, bold: true, fontSize },
          rule(estimateTextWidth(office, fontSize) / 3),
        ];
  // The rule under the motto (or the Party's name) is as long as that line (estimate / 1.08).
  const right: Content[] = options.partyHeader
    ? [
        { text: PARTY, bold: true, fontSize: fontSize + 0.5 },
        rule(estimateTextWidth(PARTY, fontSize + 0.5) / 1.08),
      ]
    : [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: fontSize - 0.5 },
        { text: MOTTO, bold: true, fontSize: fontSize + 0.5 },
        rule(estimateTextWidth(MOTTO, fontSize + 0.5) / 1.08),
      ];
  if (options.rightExtra !== undefined) right.push(options.rightExtra);
  return {
    columns: [
      { width: options.leftWidth, stack: left, alignment: 'center' },
      { width: '*', stack: right, alignment: 'center' },
    ],
    columnGap: 6,
  };
}
