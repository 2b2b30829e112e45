import type ExcelJS from 'exceljs';
import { cellLines } from './xlsx-metrics';

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

/**
 * The workbook's default font is the text's, Times New Roman 13 (`useTextFontAsDefault`), so a
 * column's unit, the width of its "0", is the same in Excel (9 px) and LibreOffice (Liberation
 * Serif) on every machine. With exceljs's Calibri 11 it was 7 px in Excel but about 9.3 px in a
 * LibreOffice without Calibri, and no height estimate could hold for both. Widths given in
 * Calibri units (7 px) keep their size on screen: times 7/9.
 */
const UNIT_RATIO = 7 / 9;

/** A width in Calibri character units as the sheet's unit (Times New Roman 13's "0"). */
export const sheetWidth = (width: number): number => {
  const converted = Math.round(width * UNIT_RATIO * 100) / 100;
  return converted === EXCELJS_DEFAULT_WIDTH ? converted + 0.01 : converted;
};

/** Column definitions for exceljs from widths in Calibri character units. */
export const columnWidths = (widths: readonly number[]): { width: number }[] =>
  widths.map((width) => ({ width: sheetWidth(width) }));

interface FontRegistry {
  _addFont(font: Partial<ExcelJS.Font>): number;
}

/**
 * Makes Times New Roman 13 the workbook's default font (font 0, the Normal style's), before any
 * cell style registers exceljs's Calibri in that place.
 */
export function useTextFontAsDefault(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  (workbook as unknown as { styles: FontRegistry }).styles._addFont(font(false));
}

/** Millimetres to the inches exceljs takes for page margins. */
export const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1000) / 1000;

// Points between the baselines of wrapped lines of Times New Roman 13 (Excel's spacing; LibreOffice
// sets them 14.4 apart), and a row's padding.
const LINE_HEIGHT = 16.5;
const PADDING = 3;

const heightOf = (lines: number): number => Math.max(1, lines) * LINE_HEIGHT + PADDING;

/** The height of one line of body text; also the default for spacer rows. */
export const ONE_LINE = heightOf(1);

/**
 * Neither LibreOffice nor every Excel grows a row to fit wrapped text it did not lay out itself,
 * and none does for merged cells, so rows are given a height here, from the lines the text wraps
 * to in Times New Roman's real widths (xlsx-metrics.ts). `widthChars` in Calibri units.
 */
export function mergedRowHeight(text: string, widthChars: number, bold: boolean): number {
  return heightOf(cellLines(text, sheetWidth(widthChars), bold, FONT_SIZE));
}

/** The height of a table row: that of its tallest cell. */
export function tableRowHeight(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (text !== '') lines = Math.max(lines, cellLines(text, sheetWidth(widths[i] ?? 10), false, FONT_SIZE));
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
