import type { ImportColumn, ImportField } from '../../shared/imports';
import { matchHeading } from './headings';
import { textAt, type TextGrid } from './cells';

/** Headings are looked for in the first rows only, where real lists put them. */
export const HEADER_SEARCH_ROWS = 20;

export interface DetectedHeader {
  /** 0-based index of the last heading row; data starts below it. -1 when none was found. */
  headerRow: number;
  columns: ImportColumn[];
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
function headingsAt(grid: TextGrid, r: number, twoRows: boolean): string[] {
  const width = columnCount(grid, r, twoRows ? r + 1 : r);
  return Array.from({ length: width }, (_, c) => {
    const top = textAt(grid, r, c);
    if (!twoRows) return top;
    const bottom = textAt(grid, r + 1, c);
    if (bottom === '' || bottom === top) return top;
    // The lower row names the column when both do; the upper one is a group title.
    return matchHeading(bottom) ? bottom : `${top} ${bottom}`.trim();
  });
}

function mapColumns(headings: string[]): ImportColumn[] {
  const used = new Set<ImportField>();
  return headings.map((heading, index) => {
    const field = matchHeading(heading);
    // A field belongs to the first column that names it; a second "Ghi chú" stays unmapped.
    if (field === null || used.has(field)) return { index, heading, field: null };
    used.add(field);
    return { index, heading, field };
  });
}

function score(columns: ImportColumn[]): number {
  const fields = columns.filter((c) => c.field !== null).map((c) => c.field);
  if (!fields.includes('fullName')) return 0;
  return fields.length;
}

/** Finds the heading row (or pair of rows) that names the most known columns, with a name column. */
export function detectHeader(grid: TextGrid): DetectedHeader {
  let best: DetectedHeader = { headerRow: -1, columns: [] };
  let bestScore = 1;
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    for (const twoRows of [false, true]) {
      if (twoRows && r + 1 >= grid.length) continue;
      const columns = mapColumns(headingsAt(grid, r, twoRows));
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

/** The columns under a given heading row (1-based, as chosen by the person), mapped afresh. */
export function columnsAtRow(grid: TextGrid, headerRow: number): ImportColumn[] {
  return mapColumns(headingsAt(grid, headerRow, false));
}

/** Identifies a layout: the same headings in the same places give the same signature. */
export function headingSignature(columns: ImportColumn[]): string {
  return columns.map((c) => c.heading.toLowerCase()).join('|');
}
