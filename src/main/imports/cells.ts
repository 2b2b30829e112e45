import { normalizeLine, normalizeMultiline } from '../../shared/text';
import { toUnicode, type LegacyEncoding } from './legacy-encoding';
import type { GridCell, GridSheet } from './read-grid';

export interface CellText {
  text: string;
  encoding: LegacyEncoding | null;
  /** The text with its line breaks kept, only when it has some (achievements, notes). */
  lines?: string;
}

const EMPTY: CellText = { text: '', encoding: null };

/** A cell as the person meant it: legacy encodings converted, NFC, spaces collapsed. */
export function cellText(cell: GridCell | null | undefined): CellText {
  if (!cell || cell.text === '') return EMPTY;
  const converted = toUnicode(cell.text, cell.font);
  const text = normalizeLine(converted.text);
  if (!/[\r\n]/.test(converted.text)) return { text, encoding: converted.encoding };
  return { text, encoding: converted.encoding, lines: normalizeMultiline(converted.text) };
}

/** Converted text of a whole sheet, computed once and shared by header detection and parsing. */
export type TextGrid = CellText[][];

export function textGrid(sheet: GridSheet): TextGrid {
  return sheet.rows.map((row) => row.map((cell) => cellText(cell)));
}

export const textAt = (grid: TextGrid, row: number, column: number): string =>
  grid[row]?.[column]?.text ?? '';
