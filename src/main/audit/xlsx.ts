import ExcelJS from 'exceljs';
import { actionWord, entityWord, type AuditEntryRecord } from '../../shared/audit';
import { auditLines, auditSummary, localTimeText } from '../../shared/audit-format';

/**
 * The audit log as one sheet, a row per change, newest first. Every text is a string cell
 * (never a formula, whatever it starts with), in Times New Roman like the other exports.
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
const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// Excel refuses a cell longer than 32,767 characters; a bulk change can describe more.
const MAX_CELL = 32_000;

const cellText = (text: string): string =>
  text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}… (còn ${text.length - MAX_CELL} ký tự)` : text;

// Points per line of 12 pt text, and characters of Times New Roman per unit of column width.
const LINE_POINTS = 15.5;
const CHARS_PER_UNIT = 1.1;
// A bulk change can list thousands of lines: the row stops growing at Excel's limit.
const MAX_ROW_POINTS = 409;

/**
 * The height the row's wrapped text needs. Excel and LibreOffice do not all grow a row for
 * wrapped text when opening a file, so it is given; an estimate that errs on the tall side.
 */
function rowHeight(texts: readonly string[]): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const perLine = Math.max(1, Math.floor((WIDTHS[i] ?? 10) * CHARS_PER_UNIT));
    const count = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
}

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
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hội nghị';
  workbook.title = AUDIT_SHEET;
  const sheet = workbook.addWorksheet(AUDIT_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const header = sheet.addRow([...AUDIT_HEADERS]);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  for (const entry of entries) {
    const texts = auditRowTexts(entry);
    const row = sheet.addRow(texts);
    row.height = rowHeight(texts);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: entries.length + 1, column: WIDTHS.length } };
  await workbook.xlsx.writeFile(path);
}
