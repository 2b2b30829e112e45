import { normalizeLine, normalizeMultiline, storedLineLetters } from '../../shared/text';
import { encodingOfFont, toUnicode, type LegacyEncoding } from './legacy-encoding';
import { readSheets, type GridCell, type GridSheet } from './read-grid';
import { DEFAULT_IMPORT_LIMITS } from './xlsx-guard';

export interface CellText {
  text: string;
  encoding: LegacyEncoding | null;
  /** The text with its line breaks kept, only when it has some (achievements, notes). */
  lines?: string;
}

const EMPTY: CellText = { text: '', encoding: null };

/** A cell as the person meant it: legacy encodings converted, NFC, spaces collapsed. */
export function cellText(cell: GridCell | null | undefined): CellText {
  return cell ? textOfCell(cell.text, cell.font) : EMPTY;
}

/** cellText of a cell's text and font. */
function textOfCell(raw: string, font: string | undefined): CellText {
  if (raw === '') return EMPTY;
  // Most cells of a list: nothing below would change them, and the check is one pass.
  if (encodingOfFont(font) === null && isPlainLine(raw)) return { text: raw, encoding: null };
  return convertedCell(raw, font);
}

/**
 * A line that no step of convertedCell changes when its font is not a legacy one: stored as
 * normalizeLine stores it, and plain ASCII or holding a letter found only in Unicode. Text whose
 * only non-ASCII letters are Latin-1 may be TCVN3 or VNI typed in a Unicode font.
 */
function isPlainLine(value: string): boolean {
  const letters = storedLineLetters(value);
  return letters === 'ascii' || letters === 'unicode';
}

/** cellText by every step: legacy encodings, NFC, white space, line breaks. */
export function convertedCell(raw: string, font: string | undefined): CellText {
  if (raw === '') return EMPTY;
  const converted = toUnicode(raw, font);
  const text = normalizeLine(converted.text);
  if (!/[\r\n]/.test(converted.text)) return { text, encoding: converted.encoding };
  return { text, encoding: converted.encoding, lines: normalizeMultiline(converted.text) };
}

/** Converted text of a whole sheet, computed once and shared by header detection and parsing. */
export type TextGrid = CellText[][];

export function textGrid(sheet: GridSheet): TextGrid {
  return sheet.rows.map((row) => row.map((cell) => cellText(cell)));
}

/** readGrid then textGrid, in one pass: each cell is converted as it is read. */
export async function readTextGrids(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ name: string; grid: TextGrid }[]> {
  const sheets = await readSheets(bytes, fileName, DEFAULT_IMPORT_LIMITS, textOfCell, EMPTY);
  return sheets.map((sheet) => ({ name: sheet.name, grid: sheet.rows }));
}

export const textAt = (grid: TextGrid, row: number, column: number): string =>
  grid[row]?.[column]?.text ?? '';
