import type ExcelJS from 'exceljs';
import { excelJs } from '../documents/libraries';
import type { NomineeStatus } from '../../shared/nominees';
import type { Statistics, StatTable } from '../../shared/statistics';

/**
 * The statistics as one sheet, the four tables one under the other, in the font and borders
 * of an administrative document. Counts are written as numbers (never formulas) so the file
 * reads the same in Excel, LibreOffice and anything that only reads cached values.
 */

export const SHEET_NAME = 'Thống kê';
const FONT = { name: 'Times New Roman', size: 13 } as const;
const TITLE_SIZE = 14;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// Vietnamese Excel shows "1.567" with this format; the value itself stays a plain number.
const COUNT_FORMAT = '#,##0';
const DIFFERENCE_FORMAT = '+#,##0;-#,##0;0';

const SECTIONS: { pick: (s: Statistics) => StatTable; title: string; column: string }[] = [
  { pick: (s) => s.byKind, title: 'Theo loại đối tượng', column: 'Loại đối tượng' },
  { pick: (s) => s.byAwardForm, title: 'Theo hình thức khen thưởng', column: 'Hình thức khen thưởng' },
  { pick: (s) => s.byUnit, title: 'Theo đơn vị', column: 'Đơn vị' },
  { pick: (s) => s.byStatus, title: 'Theo trạng thái', column: 'Trạng thái' },
];

/** What the first three tables count, in words, for the notes under the title. */
function countedText(statuses: NomineeStatus[]): string {
  return statuses.includes('de_nghi')
    ? 'đối tượng đề nghị và được duyệt (chưa có đối tượng nào được duyệt)'
    : 'đối tượng được duyệt';
}

/** How the unit table places collectives (statistics/queries.ts), said as on the page. */
const UNIT_NOTE =
  'Bảng 3: tập thể có ghi đơn vị được tính vào đơn vị đó; tập thể không ghi đơn vị được tính là một đơn vị.';

/** Which conference each column is (the headers stay short), and what the tables count. */
function notes(stats: Statistics): string[] {
  const compared = stats.compareCountedStatuses;
  if (stats.compareTitle === null || compared === null) {
    return [`Các bảng 1–3 tính ${countedText(stats.countedStatuses)}; bảng 4 tính mọi đối tượng.`, UNIT_NOTE];
  }
  return [
    `Hội nghị này: ${stats.conferenceTitle}`,
    `Hội nghị so sánh: ${stats.compareTitle}`,
    `Các bảng 1–3 tính, ở hội nghị này: ${countedText(stats.countedStatuses)}; ` +
      `ở hội nghị so sánh: ${countedText(compared)}. Bảng 4 tính mọi đối tượng.`,
    UNIT_NOTE,
  ];
}

/** Number of table lines (not counting headings and totals) the workbook holds. */
export function statisticsRows(stats: Statistics): number {
  return SECTIONS.reduce((n, s) => n + s.pick(stats).lines.length, 0);
}

function writeTable(sheet: ExcelJS.Worksheet, stats: Statistics, index: number): void {
  const section = SECTIONS[index];
  if (!section) return;
  const table = section.pick(stats);
  const comparing = stats.compareTitle !== null;
  const width = comparing ? 4 : 2;

  sheet.addRow([`${index + 1}. ${section.title}`]).font = { ...FONT, bold: true };
  const header = sheet.addRow(
    comparing
      ? [section.column, 'Hội nghị này', 'Hội nghị so sánh', 'Chênh lệch']
      : [section.column, 'Số lượng'],
  );
  header.font = { ...FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  const body = table.lines.map((line) => [
    line.label,
    line.count,
    ...(comparing ? [line.compareCount ?? 0, line.count - (line.compareCount ?? 0)] : []),
  ]);
  if (body.length === 0) body.push(['Không có đối tượng nào', 0, ...(comparing ? [0, 0] : [])]);
  const rows = body.map((values) => sheet.addRow(values));
  const compareTotal = table.compareTotal ?? 0;
  const total = sheet.addRow([
    'Tổng cộng',
    table.total,
    ...(comparing ? [compareTotal, table.total - compareTotal] : []),
  ]);
  total.font = { ...FONT, bold: true };

  for (const row of [header, ...rows, total]) {
    for (let c = 1; c <= width; c += 1) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      if (row === header) continue;
      if (c > 1) cell.numFmt = c === 4 ? DIFFERENCE_FORMAT : COUNT_FORMAT;
      // A small indent keeps text and numbers off the borders, as in a typed table.
      cell.alignment =
        c === 1
          ? { vertical: 'middle', horizontal: 'left', wrapText: true, indent: 1 }
          : { vertical: 'middle', horizontal: 'right', indent: 1 };
    }
  }
  sheet.addRow([]);
}

/**
 * Row heights from the text's length. LibreOffice does not fit rows when it opens an .xlsx and
 * merged cells never grow, so without this long unit names and titles would be cut off. A
 * column's width counts characters of the default font, about as wide as Times New Roman 13.
 */
function fitRowHeights(sheet: ExcelJS.Worksheet, mergedRows: number): void {
  const widths = (sheet.columns ?? []).map((c) => c.width ?? 10);
  const span = widths.reduce((a, b) => a + b, 0);
  sheet.eachRow((row, n) => {
    let height = 0;
    row.eachCell((cell, c) => {
      if (typeof cell.value !== 'string') return;
      const size = cell.font.size ?? FONT.size;
      const scale = (size / FONT.size) * (cell.font.bold ? 1.1 : 1);
      const room = n <= mergedRows ? span : (widths[c - 1] ?? 10);
      const lines = Math.max(1, Math.ceil((cell.value.length * scale) / room));
      height = Math.max(height, lines * size * 1.3 + 4);
    });
    if (height > 0) row.height = Math.round(height);
  });
}

/** Builds the workbook in memory; the caller writes it through writeExport. */
export function statisticsWorkbook(stats: Statistics, createdAt: Date): ExcelJS.Workbook {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'Hội nghị';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const comparing = stats.compareTitle !== null;
  sheet.columns = comparing
    ? [{ width: 46 }, { width: 16 }, { width: 20 }, { width: 14 }]
    : [{ width: 60 }, { width: 16 }];
  const lastColumn = comparing ? 4 : 2;

  sheet.addRow([`Thống kê khen thưởng – ${stats.conferenceTitle}`]).font = {
    ...FONT,
    bold: true,
    size: TITLE_SIZE,
  };
  for (const text of notes(stats)) sheet.addRow([text]).font = { ...FONT, italic: true };
  // Title and notes span the table's width so long titles wrap instead of spilling over.
  const mergedRows = sheet.rowCount;
  for (let r = 1; r <= mergedRows; r += 1) {
    sheet.mergeCells(r, 1, r, lastColumn);
    sheet.getRow(r).alignment = { wrapText: true, vertical: 'top', horizontal: r === 1 ? 'center' : 'left' };
  }
  sheet.addRow([]);

  for (let i = 0; i < SECTIONS.length; i += 1) writeTable(sheet, stats, i);

  // Every cell in the same font; bold, italic and the title's size set above are kept.
  sheet.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...FONT, ...cell.font, name: FONT.name };
    }),
  );
  fitRowHeights(sheet, mergedRows);
  return workbook;
}
