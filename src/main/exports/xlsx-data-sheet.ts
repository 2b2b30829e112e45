import type ExcelJS from 'exceljs';
import type { NomineeKind, NomineeStatus } from '../../shared/nominees';
import type { Honoree } from './honorees';
import { cellText } from './list-model';
import { type CellValue, SheetRows } from './xlsx-rows';
import { BORDER, columnLetter, columnWidths, font, mergedRowHeight, mm, ROWS_PER_YIELD } from './xlsx-styles';

/**
 * Sheet 2, "Dữ liệu": one row per honoree with every field, under headings the importer
 * recognises (src/main/imports/headings.ts), so the file can be sorted, filtered, merged with
 * other units' lists, and imported back into another conference.
 */

export const DATA_SHEET = 'Dữ liệu';

const KIND_WORDS: Record<NomineeKind, string> = {
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
  ho_gia_dinh: 'Hộ gia đình',
};

const STATUS_WORDS: Record<NomineeStatus, string> = {
  de_nghi: 'Đề nghị',
  duoc_duyet: 'Được duyệt',
  khong_duoc_duyet: 'Không được duyệt',
  rut: 'Rút',
};

interface DataColumn {
  header: string;
  width: number;
  value: (honoree: Honoree) => string;
}

const text = (column: Parameters<typeof cellText>[1]) => (h: Honoree) => cellText(h, column, false);

/** STT comes first and is numbered separately; these follow it. */
export const DATA_COLUMNS: readonly DataColumn[] = [
  { header: 'Loại', width: 13, value: (h) => KIND_WORDS[h.kind] },
  {
    header: 'Danh xưng',
    width: 11,
    value: (h) => (h.honorific === 'ong' ? 'Ông' : h.honorific === 'ba' ? 'Bà' : ''),
  },
  { header: 'Họ và tên / Tên tập thể', width: 32, value: (h) => h.fullName },
  { header: 'Giới tính', width: 10, value: text('gender') },
  // "1975" or "19/05/1975", as text: a year alone is no date, and Excel would shift a date serial.
  { header: 'Ngày sinh', width: 13, value: text('birth') },
  { header: 'Chức vụ', width: 26, value: (h) => h.position },
  { header: 'Đơn vị', width: 32, value: (h) => h.unitName },
  { header: 'Thành tích', width: 60, value: (h) => h.achievement },
  { header: 'Hình thức khen thưởng', width: 24, value: (h) => h.awardFormName },
  { header: 'Đơn vị đề nghị', width: 28, value: (h) => h.proposingUnitName },
  { header: 'Trạng thái', width: 18, value: (h) => STATUS_WORDS[h.status] },
  { header: 'Ghi chú', width: 24, value: (h) => h.notes },
];

export const DATA_HEADERS: readonly string[] = ['STT', ...DATA_COLUMNS.map((c) => c.header)];

// Room for the longest heading ("Hình thức khen thưởng") on two lines.
// Measured on first use: measuring loads PDFKit's fonts, which the core does not need to start.
let headerHeight: number | undefined;
const headerRowHeight = (): number =>
  (headerHeight ??= Math.max(...DATA_COLUMNS.map((c) => mergedRowHeight(c.header, c.width, true))));

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: font(true),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BORDER,
};
// No wrapping: one honoree per screen line is what filtering and sorting want.
const CELL_STYLE: Partial<ExcelJS.Style> = { font: font(false), alignment: { vertical: 'top' } };
const STT_STYLE: Partial<ExcelJS.Style> = {
  font: font(false),
  alignment: { horizontal: 'center', vertical: 'top' },
};

/** STT as a number; every field as a string cell, exactly as stored, never a formula or a date. */
function rowValues(stt: number, honoree: Honoree): CellValue[] {
  const values: CellValue[] = [stt];
  for (const column of DATA_COLUMNS) {
    const text = column.value(honoree);
    values.push(text === '' ? null : text);
  }
  return values;
}

export async function writeDataSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  honorees: readonly Honoree[],
  failed: AbortSignal,
): Promise<void> {
  const lastColumn = columnLetter(DATA_HEADERS.length);
  const sheet = workbook.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: mm(20), bottom: mm(20), left: mm(15), right: mm(15), header: mm(8), footer: mm(8) },
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = columnWidths([7, ...DATA_COLUMNS.map((c) => c.width)]);
  sheet.autoFilter = `A1:${lastColumn}${honorees.length + 1}`;

  const rows = new SheetRows(workbook, sheet, failed);
  const headerStyle = rows.styleId(HEADER_STYLE);
  rows.row(
    1,
    DATA_HEADERS,
    DATA_HEADERS.map(() => headerStyle),
    headerRowHeight(),
  );
  const styles = [rows.styleId(STT_STYLE), ...DATA_COLUMNS.map(() => rows.styleId(CELL_STYLE))];
  for (let i = 0; i < honorees.length; i++) {
    const honoree = honorees[i];
    if (honoree) rows.row(i + 2, rowValues(i + 1, honoree), styles);
    if (i % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await rows.settle();
  }
  rows.commit();
}
