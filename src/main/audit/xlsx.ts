import type ExcelJS from 'exceljs';
import { excelJs } from '../documents/libraries';
import { actionWord, entityWord, type AuditEntryRecord } from '../../shared/audit';
import { auditLines, auditSummary, localTimeText } from '../../shared/audit-format';
import { abandon, failureSignal, rejectOnAbort } from '../exports/xlsx-list';
import { SheetRows } from '../exports/xlsx-rows';
import {
  BORDER,
  columnLetter,
  columnWidths,
  font,
  ROWS_PER_YIELD,
  tableRowHeight,
} from '../exports/xlsx-styles';

/**
 * The audit log as one sheet, a row per change, newest first. Streamed row by row like the
 * honoree lists (years of changes can be tens of thousands of rows); every text is an inline
 * string cell, never a formula, whatever it starts with.
 */

export const AUDIT_SHEET = 'Nhật ký thay đổi';
export const AUDIT_HEADERS = [
  'Thời gian',
  'Người thao tác',
  'Đối tượng',
  'Thao tác',
  'Nội dung',
  'Trước',
  'Sau',
] as const;
const WIDTHS = [20, 24, 22, 24, 36, 48, 48];
// Excel refuses a cell longer than 32,767 characters; a bulk change can describe more.
const MAX_CELL = 32_000;
// A bulk change can list thousands of lines: the row stops growing at Excel's limit.
const MAX_ROW_POINTS = 409;

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: font(true),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BORDER,
};
const CELL_STYLE: Partial<ExcelJS.Style> = {
  font: font(false),
  alignment: { vertical: 'top', wrapText: true },
  border: BORDER,
};

const cellText = (text: string): string =>
  text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}… (còn ${text.length - MAX_CELL} ký tự)` : text;

/** The texts of one row, in the order of AUDIT_HEADERS. */
export function auditRowTexts(entry: AuditEntryRecord): string[] {
  return [
    localTimeText(entry.at),
    entry.operator || '(chưa đặt tên)',
    entityWord(entry.entity),
    actionWord(entry.action),
    auditSummary(entry),
    auditLines(entry.before).join('\n'),
    auditLines(entry.after).join('\n'),
  ].map((text) => cellText(text.normalize('NFC')));
}

export async function writeAuditXlsx(entries: readonly AuditEntryRecord[], path: string): Promise<void> {
  const workbook = new (excelJs().stream.xlsx.WorkbookWriter)({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Hội nghị';
  workbook.title = AUDIT_SHEET;
  const failed = failureSignal(workbook);
  try {
    const sheet = workbook.addWorksheet(AUDIT_SHEET, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      },
    });
    sheet.columns = columnWidths(WIDTHS);
    sheet.autoFilter = `A1:${columnLetter(WIDTHS.length)}${entries.length + 1}`;
    const rows = new SheetRows(workbook, sheet, failed);
    const header = rows.styleId(HEADER_STYLE);
    const cell = rows.styleId(CELL_STYLE);
    rows.row(
      1,
      AUDIT_HEADERS,
      AUDIT_HEADERS.map(() => header),
    );
    const styles = WIDTHS.map(() => cell);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry) {
        const texts = auditRowTexts(entry);
        // Not every program grows a row for wrapped text on opening: give it its lines.
        rows.row(i + 2, texts, styles, Math.min(MAX_ROW_POINTS, tableRowHeight(texts, WIDTHS)));
      }
      if (i % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await rows.settle();
    }
    rows.commit();
    await Promise.race([workbook.commit(), rejectOnAbort(failed)]);
  } catch (error) {
    await abandon(workbook);
    throw error;
  }
}
