import type { ImportColumn } from '../../shared/imports';
import { foldVietnamese } from '../../shared/text';
import { textAt, type TextGrid } from './cells';
import { HEADER_SEARCH_ROWS } from './detect-header';
import { foldHeading } from './headings';
import { kindOfCode } from './sections';

/*
 * Lists exported by commendation software write codes where people write words: the kind of
 * nominee as TAPTHE / CANHAN / HOGIADINH, the award form as a number that a lookup sheet of the
 * same workbook names.
 */

const CODE_HEADINGS = new Set(['ma', 'ma so', 'ma hinh thuc', 'ma hinh thuc khen thuong', 'ma so hinh thuc']);
const NAME_HEADINGS = new Set([
  'hinh thuc khen thuong',
  'hinh thuc',
  'ten hinh thuc',
  'ten hinh thuc khen thuong',
  'danh hieu',
]);
// A code is short: "10", "GK-CT", never a sentence.
const CODE = /^[\p{L}\p{N}._/-]{1,12}$/u;

/** Code → award form name from one sheet laid out as "Mã số | Hình thức khen thưởng", else empty. */
function codesOfSheet(grid: TextGrid): Map<string, string> {
  const codes = new Map<string, string>();
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const headings = (grid[r] ?? []).map((cell) => foldHeading(cell.text));
    const codeColumn = headings.findIndex((h) => CODE_HEADINGS.has(h));
    const nameColumn = headings.findIndex((h) => NAME_HEADINGS.has(h));
    if (codeColumn < 0 || nameColumn < 0) continue;
    for (let below = r + 1; below < grid.length; below++) {
      const code = textAt(grid, below, codeColumn);
      const name = textAt(grid, below, nameColumn);
      if (code !== '' && name !== '' && CODE.test(code)) codes.set(foldVietnamese(code), name);
    }
    return codes;
  }
  return codes;
}

/**
 * Award form codes named by the other sheets of the workbook (folded code → name as written).
 * The list's own sheet is left out: a "Mã số" column there numbers people, not award forms.
 */
export function awardCodesOf(
  sheets: readonly { name: string; grid: TextGrid }[],
  listSheet: string,
): Map<string, string> {
  const codes = new Map<string, string>();
  for (const sheet of sheets) {
    if (sheet.name === listSheet) continue;
    for (const [code, name] of codesOfSheet(sheet.grid)) if (!codes.has(code)) codes.set(code, name);
  }
  return codes;
}

/** Rows read to tell what an unnamed column holds; enough for a list, cheap for a large one. */
const SAMPLE_ROWS = 200;

/**
 * Maps to "kind" a column whose heading is not recognised but whose cells are all kind codes or
 * words ("TAPTHE", "Cá nhân"), when no column names the kind already.
 */
export function withKindColumn(grid: TextGrid, headerRow: number, columns: ImportColumn[]): ImportColumn[] {
  if (headerRow < 0 || columns.some((c) => c.field === 'kind')) return columns;
  const found = columns.find((column) => {
    if (column.field !== null) return false;
    let codes = 0;
    for (let r = headerRow + 1; r < Math.min(grid.length, headerRow + 1 + SAMPLE_ROWS); r++) {
      const text = textAt(grid, r, column.index);
      if (text === '') continue;
      if (kindOfCode(text) === null) return false;
      codes += 1;
    }
    return codes > 0;
  });
  return found ? columns.map((c) => (c === found ? { ...c, field: 'kind' } : c)) : columns;
}
