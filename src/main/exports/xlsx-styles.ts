import type ExcelJS from 'exceljs';

/**
 * Styles and small helpers shared by the two sheets of the honoree-list workbook. Style objects
 * are created once and assigned by reference: exceljs's style manager caches a style's id by
 * object identity, so a shared object costs one lookup per cell instead of one serialisation.
 */

/** Decree 30/2020: Times New Roman 13–14 for administrative documents. */
export const FONT_NAME = 'Times New Roman';
export const FONT_SIZE = 13;
/** The table's heading row is set one point smaller, as in the lists units already send. */
export const HEADER_FONT_SIZE = 12;

const THIN = { style: 'thin' } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const font = (bold: boolean, italic = false, size = FONT_SIZE): Partial<ExcelJS.Font> => ({
  name: FONT_NAME,
  size,
  bold,
  italic,
});

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

// exceljs takes a width of exactly 9 for "no width set" and leaves the column out, so Excel
// would show its own default (8.43); the nearest distinct width keeps the column as asked.
const EXCELJS_DEFAULT_WIDTH = 9;

/** Column definitions for exceljs from widths in Excel character units. */
export const columnWidths = (widths: readonly number[]): { width: number }[] =>
  widths.map((width) => ({ width: width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width }));

/** Millimetres to the inches exceljs takes for page margins. */
export const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1000) / 1000;

// Height in points of each line of Times New Roman 13 in a wrapped cell, and of the cell's padding.
const LINE_HEIGHT = 16.5;
const PADDING = 3;
// Average width of a character of Times New Roman 13 in Excel column units (the width of "0" in
// the workbook's default font, Calibri 11), measured on LibreOffice's rendering with its
// metric-compatible Liberation Serif, plus a little.
const CHAR_WIDTH = { normal: 0.8, bold: 0.95, capitals: 1.4 } as const;

/**
 * Lines `text` takes when wrapped at spaces in a column `widthChars` wide: greedy, as Excel and
 * LibreOffice wrap, with words longer than a line broken where they overflow.
 */
function wrappedLines(text: string, widthChars: number, perChar: number): number {
  const usable = Math.max(1, widthChars - 1.5);
  if (text.length * perChar <= usable && !text.includes('\n')) return 1;
  const capacity = Math.max(1, Math.floor(usable / perChar));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = -1;
    for (const word of paragraph.split(' ')) {
      if (used >= 0 && used + 1 + word.length > capacity) {
        lines += 1;
        used = -1;
      }
      used += 1 + word.length;
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

const heightOf = (lines: number): number => Math.max(1, lines) * LINE_HEIGHT + PADDING;

/** The height of one line of body text; also the default for spacer rows. */
export const ONE_LINE = heightOf(1);

/**
 * Neither LibreOffice nor every Excel grows a row to fit wrapped text it did not lay out itself,
 * and none does for merged cells, so rows are given a height here, estimated a little generously
 * so that nothing is cut off when printed.
 */
export function mergedRowHeight(text: string, widthChars: number, bold: boolean): number {
  const capitals = text === text.toLocaleUpperCase('vi');
  const perChar = capitals && bold ? CHAR_WIDTH.capitals : bold ? CHAR_WIDTH.bold : CHAR_WIDTH.normal;
  return heightOf(wrappedLines(text, widthChars, perChar));
}

/** The height of a table row: that of its tallest cell. */
export function tableRowHeight(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (text !== '') lines = Math.max(lines, wrappedLines(text, widths[i] ?? 10, CHAR_WIDTH.normal));
  }
  return heightOf(lines);
}

/** Rows written between two checks of the compression backlog. */
export const ROWS_PER_YIELD = 500;

interface WorksheetWriterInternals {
  _writePageMargins: () => void;
  stream: { write(text: string): unknown };
}

/**
 * exceljs's streaming writer never writes `<printOptions>` (its in-memory writer does), so
 * "centre horizontally on the page" would be lost. The element belongs right before
 * `<pageMargins>`, which the writer emits from this one method while committing the sheet.
 */
export function centreHorizontallyWhenPrinted(sheet: ExcelJS.Worksheet): void {
  const internals = sheet as unknown as WorksheetWriterInternals;
  const writeMargins = internals._writePageMargins.bind(sheet);
  internals._writePageMargins = () => {
    internals.stream.write('<printOptions horizontalCentered="1"/>');
    writeMargins();
  };
}
