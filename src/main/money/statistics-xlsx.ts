import type ExcelJS from 'exceljs';
import type { AmountLine, MoneyStatistics } from '../../shared/money/records';

/**
 * The reward money as a second sheet of the statistics workbook, "Tiền thưởng": the amounts as
 * issued per award form and per unit, with totals and the total in words. Amounts are number
 * cells, never formulas, like every figure the app writes.
 */

export const MONEY_SHEET = 'Tiền thưởng';
const FONT = { name: 'Times New Roman', size: 13 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MONEY = '#,##0';

function table(sheet: ExcelJS.Worksheet, title: string, first: string, lines: AmountLine[]): void {
  sheet.addRow([]);
  const heading = sheet.addRow([title]);
  heading.font = { ...FONT, bold: true };
  const rows = [
    [first, 'Số khen thưởng', 'Số tiền (đồng)'],
    ...lines.map((l) => [l.label, l.awards, l.amount]),
    ['Tổng cộng', lines.reduce((n, l) => n + l.awards, 0), lines.reduce((n, l) => n + l.amount, 0)],
  ];
  rows.forEach((values, i) => {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? v.normalize('NFC') : v)));
    const bold = i === 0 || i === rows.length - 1;
    row.eachCell((cell, column) => {
      cell.font = { ...FONT, bold };
      cell.border = BORDER;
      if (column > 1 && i > 0) cell.numFmt = MONEY;
      cell.alignment = { vertical: 'top', wrapText: column === 1, horizontal: column > 1 ? 'right' : 'left' };
    });
  });
}

/** Adds the sheet when any decision of the conference carries reward money. */
export function addMoneySheet(workbook: ExcelJS.Workbook, money: MoneyStatistics): void {
  if (money.awards === 0) return;
  const sheet = workbook.addWorksheet(MONEY_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 48 }, { width: 16 }, { width: 20 }];
  const title = sheet.addRow(['TIỀN THƯỞNG THEO QUYẾT ĐỊNH KHEN THƯỞNG']);
  title.font = { ...FONT, bold: true, size: 14 };
  table(sheet, '1. Theo hình thức khen thưởng', 'Hình thức khen thưởng', money.byAwardForm);
  table(sheet, '2. Theo đơn vị', 'Đơn vị', money.byUnit);
  sheet.addRow([]);
  const words = sheet.addRow([`Bằng chữ: ${money.totalInWords}`]);
  words.font = { ...FONT, italic: true };
}
