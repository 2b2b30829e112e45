import type { ListModel } from './list-model';

/**
 * Where each part of the formatted list goes on the sheet. Computed before a single row is
 * written, because the streaming writer needs the frozen row, the print titles and the print
 * area when the sheet is opened, not when it is finished.
 */

/** A run of columns, 1-based and inclusive. */
export interface Span {
  first: number;
  last: number;
}

export interface SignatureRow {
  row: number;
  /** "" for the rows left empty for the signature and the seal. */
  text: string;
}

export interface ListSheetLayout {
  columnCount: number;
  /** Issuer heading (top left) and Party name or national motto (top right, and the signature). */
  left: Span;
  right: Span;
  /** Rows 1..headingRows hold the two headings side by side. */
  headingRows: number;
  titleRow: number;
  subtitleRow: number | null;
  headerRow: number;
  /** Row of model.lines[0]; line i is on firstLineRow + i. */
  firstLineRow: number;
  lastLineRow: number;
  countRow: number | null;
  signature: SignatureRow[];
  lastRow: number;
}

/** Rows kept empty between the signer's title and name: about 35 mm with their height. */
export const SIGNATURE_SPACE_ROWS = 4;

// Share of the table's width the right-hand block needs at least, for the motto to fit in it.
const RIGHT_SHARE = 0.4;

/**
 * The right block takes the fewest last columns that reach 40% of the width (in the official
 * seven-column list: Thành tích, Hình thức, Ghi chú), the left block the rest, as on paper.
 */
export function headingSpans(widths: readonly number[]): { left: Span; right: Span } {
  const count = widths.length;
  if (count < 2) return { left: { first: 1, last: 1 }, right: { first: 1, last: 1 } };
  const total = widths.reduce((a, b) => a + b, 0);
  let first = count;
  let width = widths[count - 1] ?? 0;
  while (first > 2 && width < total * RIGHT_SHARE) {
    first -= 1;
    width += widths[first - 1] ?? 0;
  }
  return { left: { first: 1, last: first - 1 }, right: { first, last: count } };
}

function signatureRows(model: ListModel, start: number): SignatureRow[] {
  const { capacity, title, name } = model.signature;
  const texts = [capacity, title].filter((t) => t !== '');
  if (texts.length === 0 && name === '') return [];
  const all = [...texts, ...Array<string>(SIGNATURE_SPACE_ROWS).fill(''), ...(name ? [name] : [])];
  return all.map((text, i) => ({ row: start + i, text }));
}

export function listLayout(model: ListModel): ListSheetLayout {
  const { left, right } = headingSpans(model.columns.map((c) => c.width));
  const headingRows = Math.max(model.heading.left.length, model.heading.right.length);
  const titleRow = headingRows + 2; // one empty row under the headings
  const subtitleRow = model.subtitle ? titleRow + 1 : null;
  const headerRow = (subtitleRow ?? titleRow) + 2; // one empty row above the table
  const firstLineRow = headerRow + 1;
  const lastLineRow = headerRow + model.lines.length;
  const countRow = model.countLine ? lastLineRow + 2 : null;
  const signature = signatureRows(model, (countRow ?? lastLineRow) + 2);
  const lastRow = signature.at(-1)?.row ?? countRow ?? lastLineRow;
  return {
    columnCount: model.columns.length,
    left,
    right,
    headingRows,
    titleRow,
    subtitleRow,
    headerRow,
    firstLineRow,
    lastLineRow,
    countRow,
    signature,
    lastRow,
  };
}
