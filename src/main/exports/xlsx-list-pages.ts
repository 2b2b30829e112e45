import { sheetWidth } from './xlsx-styles';

/**
 * Where the printed list's pages end. Left to the viewer, a page could end anywhere: inside the
 * signature block, so that the next page held the repeated table heading above nothing but the
 * empty rows kept for the signature (and perhaps the signer's name), or right under a section
 * heading. Excel ignores manual page breaks on a sheet fitted to the page, so the sheet is printed
 * at a fixed scale that fits its width, and every page break is set here, from the row heights.
 */

const POINTS_PER_MM = 72 / 25.4;
/** A4 landscape, less the margins of the list (20 mm top and bottom, 25 left, 15 right). */
export const PRINTABLE_WIDTH = (297 - 25 - 15) * POINTS_PER_MM;
export const PRINTABLE_HEIGHT = (210 - 20 - 20) * POINTS_PER_MM;
// Excel's unit for Times New Roman 13 is 9 px (6.75 pt), a little wider than LibreOffice's.
const WIDEST_UNIT_POINTS = 6.75;
// Room left on every page for the viewers' rounding of row heights to pixels or twips.
const PAGE_SAFETY = 0.96;

/** The print scale in percent at which columns `widths` (Calibri units) fill the page's width. */
export function printScale(widths: readonly number[]): number {
  const table = widths.reduce((sum, w) => sum + sheetWidth(w) * WIDEST_UNIT_POINTS, 0);
  if (table <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((PRINTABLE_WIDTH / table) * 100)));
}

/** Points of sheet rows one printed page holds at `scale` percent. */
export const pageCapacity = (scale: number): number => ((PRINTABLE_HEIGHT * 100) / scale) * PAGE_SAFETY;

export interface PageInput {
  /** heights[row], in points, for rows 1..lastRow (1-based; a missing one counts as 0). */
  heights: readonly (number | undefined)[];
  lastRow: number;
  /** The table's heading row, printed again at the top of every page after the first. */
  headerRow: number;
  capacity: number;
  /** True for a row that must not end a page (a heading, a row the signature belongs with). */
  keepWithNext: (row: number) => boolean;
}

/**
 * The last row of every page but the last, filling each page in turn. A page that would end on a
 * row kept with the next one ends before it instead, so the row goes over with what follows it;
 * a chain of such rows longer than a page is broken where it overflows.
 */
export function pageBreaks({ heights, lastRow, headerRow, capacity, keepWithNext }: PageInput): number[] {
  const height = (row: number) => heights[row] ?? 0;
  const header = height(headerRow);
  const breaks: number[] = [];
  let start = 1;
  let used = 0;
  for (let row = 1; row <= lastRow; row++) {
    if (used + height(row) > capacity && row > start) {
      let end = row - 1;
      while (end >= start && keepWithNext(end)) end--;
      if (end < start) end = row - 1;
      breaks.push(end);
      start = end + 1;
      used = header;
      for (let moved = start; moved < row; moved++) used += height(moved);
    }
    used += height(row);
  }
  return breaks;
}
