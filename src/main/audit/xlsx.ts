import ExcelJS from 'exceljs';
import { actionWord, entityWord, type AuditEntryRecord } from '../../shared/audit';
import { auditLines, localTimeText } from '../../shared/audit-format';

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

/** The texts of one row, in the order of AUDIT_HEADERS. */
export function auditRowTexts(entry: AuditEntryRecord): string[] {
  const content = entry.detail || (entry.entityId === null ? '' : `#${entry.entityId}`);
  return [
    localTimeText(entry.at),
    entry.operator || '(chưa đặt tên)',
    entityWord(entry.entity),
    actionWord(entry.action),
    content,
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
    const row = sheet.addRow(auditRowTexts(entry));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: entries.length + 1, column: WIDTHS.length } };
  await workbook.xlsx.writeFile(path);
}
