import type ExcelJS from 'exceljs';
import { excelJs } from '../documents/libraries';
import { formatDong } from '../../shared/money/amount';
import type { PaymentList } from '../../shared/money/records';
import { upper } from '../documents/parts';
import { datedLine } from '../documents/portrait';
import { BORDER, font, mergedRowHeight, mm, ONE_LINE, tableRowHeight } from '../exports/xlsx-styles';

/**
 * The payment list as one sheet for the finance office: A4 portrait, Times New Roman 13
 * (Decree 30/2020/NĐ-CP), the table STT | Họ và tên / Tên tập thể | Đơn vị | Hình thức | Số tiền
 * | Ký nhận with its heading repeated on every printed page, the total row and "Bằng chữ: …".
 * Every amount is a number cell with a thousands format and the total is the number the app
 * added, never a formula, so the file reads the same in any program and cannot drift from
 * what was issued.
 */

export interface PaymentSheetHeading {
  organiser: string;
  partyHeader: boolean;
  placeName: string;
  /** "YYYY-MM-DD": the day the list is dated. */
  date: string;
}

const HEADERS = ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Hình thức', 'Số tiền (đồng)', 'Ký nhận'];
/** Calibri character widths; 89 in all, the printable width of A4 portrait with these margins. */
const WIDTHS = [5, 22, 20, 16, 13, 13];
const LAST = 'F';
const MONEY = '#,##0';

type Align = Partial<ExcelJS.Alignment>;
const CENTRE: Align = { horizontal: 'center', vertical: 'middle', wrapText: true };
const LEFT: Align = { vertical: 'middle', wrapText: true };
const RIGHT: Align = { horizontal: 'right', vertical: 'middle' };

const span = (from: string, to: string): number =>
  WIDTHS.slice(from.charCodeAt(0) - 65, to.charCodeAt(0) - 64).reduce((a, b) => a + b, 0);

class PaymentSheet {
  row = 1;

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  /** Text across columns `from`..`to`, merged, its row tall enough for the wrapped lines. */
  text(text: string, from: string, to: string, bold = false, italic = false, align: Align = CENTRE): void {
    const ref = `${from}${this.row}`;
    if (from !== to) this.sheet.mergeCells(`${ref}:${to}${this.row}`);
    const cell = this.sheet.getCell(ref);
    cell.value = text.normalize('NFC');
    cell.font = font(bold, italic);
    cell.alignment = align;
    const row = this.sheet.getRow(this.row);
    row.height = Math.max(row.height ?? 0, mergedRowHeight(text, span(from, to), bold));
  }

  /** One table row; a null leaves a cell merged into the one before it (only its border is set). */
  cells(values: readonly (string | number | null)[], bold: boolean, aligns: readonly Align[]): void {
    values.forEach((value, i) => {
      const cell = this.sheet.getCell(this.row, i + 1);
      if (value !== null) cell.value = typeof value === 'string' ? value.normalize('NFC') : value;
      cell.font = font(bold);
      cell.alignment = aligns[i] ?? LEFT;
      cell.border = BORDER;
      if (typeof value === 'number' && i === 4) cell.numFmt = MONEY;
    });
    const texts = values.map((v) => (v === null ? '' : typeof v === 'string' ? v : formatDong(v)));
    this.sheet.getRow(this.row).height = tableRowHeight(texts, WIDTHS);
  }

  next(skip = 1): void {
    this.row += skip;
  }
}

function writeHeading(w: PaymentSheet, list: PaymentList, heading: PaymentSheetHeading): void {
  w.text(upper(heading.organiser.trim()), 'A', 'C');
  w.text(
    heading.partyHeader ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'D',
    LAST,
    true,
  );
  w.next();
  if (!heading.partyHeader) w.text('Độc lập - Tự do - Hạnh phúc', 'D', LAST, true);
  w.next();
  w.text(datedLine(heading.placeName, heading.date), 'D', LAST, false, true);
  w.next(2);
  w.text(list.title, 'A', LAST, true);
  w.next();
  w.text(`(${list.which})`, 'A', LAST, false, true);
  w.next(2);
}

const ROW_ALIGNS: Align[] = [CENTRE, LEFT, LEFT, LEFT, RIGHT, LEFT];

export function paymentListWorkbook(list: PaymentList, heading: PaymentSheetHeading): ExcelJS.Workbook {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'Hội nghị';
  const sheet = workbook.addWorksheet('Danh sách nhận tiền', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      // Decree 30/2020: left 30 mm, right 15 mm, top and bottom 20 mm.
      margins: { left: mm(30), right: mm(15), top: mm(20), bottom: mm(20), header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  // A list of many pages is paid page by page: each says which of how many it is.
  sheet.headerFooter.oddFooter = '&C&"Times New Roman,Regular"&11Trang &P/&N';
  const w = new PaymentSheet(sheet);
  writeHeading(w, list, heading);

  const headerRow = w.row;
  w.cells(
    HEADERS,
    true,
    HEADERS.map(() => CENTRE),
  );
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  w.next();
  for (const row of list.rows) {
    w.cells([row.stt, row.name, row.unit, row.form, row.amount, ''], false, ROW_ALIGNS);
    w.next();
  }
  sheet.mergeCells(`A${w.row}:D${w.row}`);
  // The merged cells share the first one's style: all four say "centred".
  w.cells(['Tổng cộng', null, null, null, list.total, ''], true, [
    CENTRE,
    CENTRE,
    CENTRE,
    CENTRE,
    RIGHT,
    LEFT,
  ]);
  // Measured in the STT column alone, "Tổng cộng" would wrap; it spans four columns.
  sheet.getRow(w.row).height = ONE_LINE;
  w.next();
  w.text(`Bằng chữ: ${list.totalInWords}`, 'A', LAST, false, true, LEFT);
  w.next(2);
  w.text('NGƯỜI LẬP BIỂU', 'A', 'B', true);
  w.text('KẾ TOÁN TRƯỞNG', 'C', 'D', true);
  w.text('THỦ TRƯỞNG ĐƠN VỊ', 'E', LAST, true);
  w.next();
  w.text('(Ký, ghi rõ họ tên)', 'A', 'B', false, true);
  w.text('(Ký, ghi rõ họ tên)', 'C', 'D', false, true);
  w.text('(Ký, họ tên, đóng dấu)', 'E', LAST, false, true);
  sheet.getRow(w.row + 1).height = ONE_LINE;
  return workbook;
}

export async function writePaymentListXlsx(
  list: PaymentList,
  heading: PaymentSheetHeading,
  path: string,
): Promise<void> {
  await paymentListWorkbook(list, heading).xlsx.writeFile(path);
}
