import type { ImportField } from '../../shared/imports';
import { matchHeading, type HeadingMatcher } from './headings';
import { textAt, type TextGrid } from './cells';

/** Headings are looked for in the first rows only, where real lists put them. */
export const HEADER_SEARCH_ROWS = 20;

/** A column of a list and the field its heading names (the same shape as ImportColumn). */
export interface HeaderColumn<F extends string> {
  index: number;
  heading: string;
  field: F | null;
}

export interface DetectedHeader<F extends string = ImportField> {
  /** 0-based index of the last heading row; data starts below it. -1 when none was found. */
  headerRow: number;
  columns: HeaderColumn<F>[];
}

function columnCount(grid: TextGrid, first: number, last: number): number {
  let count = 0;
  for (let r = first; r <= last; r++) count = Math.max(count, grid[r]?.length ?? 0);
  return count;
}

/**
 * Headings of row `r`, or of rows r and r+1 read together (a heading split over two rows, or a
 * merged group heading above its sub-headings: "Thông tin" over "Họ và tên | Chức vụ").
 */
function headingsAt<F extends string>(
  grid: TextGrid,
  r: number,
  twoRows: boolean,
  match: HeadingMatcher<F>,
): string[] {
  const width = columnCount(grid, r, twoRows ? r + 1 : r);
  return Array.from({ length: width }, (_, c) => {
    const top = textAt(grid, r, c);
    if (!twoRows) return top;
    const bottom = textAt(grid, r + 1, c);
    if (bottom === '' || bottom === top) return top;
    // The lower row names the column when both do; the upper one is a group title.
    return match(bottom) ? bottom : `${top} ${bottom}`.trim();
  });
}

function mapColumns<F extends string>(headings: string[], match: HeadingMatcher<F>): HeaderColumn<F>[] {
  const used = new Set<F>();
  return headings.map((heading, index) => {
    const field = match(heading);
    // A field belongs to the first column that names it; a second "Ghi chú" stays unmapped.
    if (field === null || used.has(field)) return { index, heading, field: null };
    used.add(field);
    return { index, heading, field };
  });
}

function score<F extends string>(columns: HeaderColumn<F>[]): number {
  const fields: string[] = columns.filter((c) => c.field !== null).map((c) => c.field as string);
  if (!fields.includes('fullName')) return 0;
  return fields.length;
}

/**
 * Finds the heading row (or pair of rows) that names the most known columns, with a name
 * column, for the kind of list `match` knows.
 */
export function detectHeaderWith<F extends string>(
  grid: TextGrid,
  match: HeadingMatcher<F>,
): DetectedHeader<F> {
  let best: DetectedHeader<F> = { headerRow: -1, columns: [] };
  let bestScore = 1;
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    for (const twoRows of [false, true]) {
      if (twoRows && r + 1 >= grid.length) continue;
      const columns = mapColumns(headingsAt(grid, r, twoRows, match), match);
      const s = score(columns);
      // Prefer one row over two when they score the same.
      if (s > bestScore) {
        best = { headerRow: twoRows ? r + 1 : r, columns };
        bestScore = s;
      }
    }
  }
  return best;
}

/** The heading of a nomination list. */
export function detectHeader(grid: TextGrid): DetectedHeader {
  return detectHeaderWith(grid, matchHeading);
}

/** The columns under a given heading row (1-based, as chosen by the person), mapped afresh. */
export function columnsAtRow(grid: TextGrid, headerRow: number): HeaderColumn<ImportField>[] {
  return mapColumns(headingsAt(grid, headerRow, false, matchHeading), matchHeading);
}

/** Identifies a layout: the same headings in the same places give the same signature. */
export function headingSignature(columns: { heading: string }[]): string {
  return columns.map((c) => c.heading.toLowerCase()).join('|');
}
