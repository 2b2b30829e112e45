import type ExcelJS from 'exceljs';
import { excelJs } from '../documents/libraries';
import { COUNCIL_NAME, upper } from '../documents/parts';
import { estimateLines } from '../documents/pdf';
import type { PollBlock, PollResultsModel } from './poll-results-model';

/**
 * The poll results as one Excel sheet "Kết quả" in Times New Roman 13 (Decree 30/2020), laid out
 * like the PDF. Every number is a number cell (percentages too, with a 0.00 format) so that the
 * secretariat can sort and sum them; nothing is a formula, so the values read back exactly as the
 * app computed them, whatever program opens the file.
 */

const FONT = 'Times New Roman';
const SIZE = 13;
/**
 * STT | Họ và tên | Đơn vị | Số phiếu đồng ý | Tỷ lệ (%) | Kết quả, in Excel character widths:
 * 89 in all, the printable width of A4 portrait with the margins below, so nothing is shrunk.
 */
const WIDTHS = [5, 24, 26, 10, 9, 15];
const LAST = 'F';
/** Points per Excel width unit (a Calibri 11 digit, 7 px at 96 dpi) and per text line at 13 pt. */
const POINTS_PER_UNIT = 5.25;
const LINE_POINTS = 17;
/**
 * Times New Roman sets text about a fifth narrower than the Noto Serif that estimateLines
 * measures (and that estimate is already an upper bound): without this, rows get an empty line.
 */
const TIMES_RATIO = 0.85;

/** The height in points of `text` wrapped into `units` of column width. */
function rowHeight(text: string, units: number, size = SIZE): number {
  const lines = estimateLines(text, size, (units * POINTS_PER_UNIT - 4) / TIMES_RATIO);
  return (lines * LINE_POINTS * size) / SIZE;
}
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADERS = ['STT', 'Họ và tên', 'Đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ (%)', 'Kết quả'];

type Align = Partial<ExcelJS.Alignment>;

class SheetWriter {
  row = 1;

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  /** Text in columns `from`..`to` (merged when more than one), wrapped, its row tall enough. */
  text(text: string, from: string, to: string, font: Partial<ExcelJS.Font> = {}, align: Align = {}): void {
    const ref = `${from}${this.row}`;
    if (from !== to) this.sheet.mergeCells(`${ref}:${to}${this.row}`);
    const cell = this.sheet.getCell(ref);
    cell.value = text.normalize('NFC');
    cell.font = { name: FONT, size: SIZE, ...font };
    cell.alignment = { vertical: 'top', wrapText: true, ...align };
    // Excel does not grow a merged row to fit its text: give it the lines it needs.
    const span = WIDTHS.slice(from.charCodeAt(0) - 65, to.charCodeAt(0) - 64).reduce((a, b) => a + b, 0);
    this.fit(rowHeight(text, span, font.size ?? SIZE));
  }

  /** Makes the current row at least `height` points tall. */
  fit(height: number): void {
    const row = this.sheet.getRow(this.row);
    row.height = Math.max(row.height ?? 0, height);
  }

  next(skip = 1): void {
    this.row += skip;
  }
}

function heading(w: SheetWriter, model: PollResultsModel): void {
  const bold = { bold: true };
  const centre: Align = { horizontal: 'center' };
  w.text(upper(model.organiser.trim()), 'A', 'C', {}, centre);
  w.text(
    model.partyHeader ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'D',
    LAST,
    bold,
    centre,
  );
  w.next();
  w.text(COUNCIL_NAME, 'A', 'C', bold, centre);
  if (!model.partyHeader) w.text('Độc lập - Tự do - Hạnh phúc', 'D', LAST, bold, centre);
  w.next();
  w.text(model.datedLine, 'D', LAST, { italic: true }, centre);
  w.next(2);
  w.text(model.title, 'A', LAST, { bold: true, size: 14 }, centre);
  w.next();
  w.text(model.conferenceTitle, 'A', LAST, bold, centre);
  w.next();
}

function tableCell(
  w: SheetWriter,
  column: number,
  value: string | number,
  align: Align,
  extra: Partial<ExcelJS.Cell> = {},
): void {
  const cell = w.sheet.getCell(w.row, column);
  cell.value = typeof value === 'string' ? value.normalize('NFC') : value;
  cell.font = { name: FONT, size: SIZE, ...extra.font };
  cell.alignment = { vertical: 'top', wrapText: true, ...align };
  cell.border = BORDER;
  if (extra.numFmt) cell.numFmt = extra.numFmt;
  // Programs do not all grow a row for wrapped text on opening; give it its lines.
  if (typeof value === 'string') w.fit(rowHeight(value, WIDTHS[column - 1] ?? 0));
}

function pollSection(w: SheetWriter, poll: PollBlock, index: number): void {
  w.next();
  w.text(`${index + 1}. ${poll.title}`, 'A', LAST, { bold: true });
  w.next();
  if (poll.provisional) {
    w.text('(Đang kiểm phiếu: số liệu tạm tính, chưa phải kết quả chính thức.)', 'A', LAST, { italic: true });
    w.next();
  }
  for (const text of poll.ruleLines) {
    w.text(`- ${text}`, 'A', LAST);
    w.next();
  }
  // Attendance and ballots as label and number, so the numbers stay numbers.
  for (const figure of [...poll.attendance, ...poll.ballots]) {
    w.text(`- ${figure.label}:`, 'A', 'C');
    const cell = w.sheet.getCell(w.row, 4);
    cell.value = figure.value;
    cell.font = { name: FONT, size: SIZE };
    cell.numFmt = '#,##0';
    w.next();
  }
  poll.notes.forEach((text, i) => {
    w.text(`- ${text}`, 'A', LAST, { bold: i === 1 && !poll.quorumMet });
    w.next();
  });
  HEADERS.forEach((text, i) => tableCell(w, i + 1, text, { horizontal: 'center' }, { font: { bold: true } }));
  w.next();
  const centre: Align = { horizontal: 'center' };
  for (const row of poll.rows) {
    if (row.section) {
      w.text(row.section, 'A', LAST, { bold: true });
      for (let column = 1; column <= HEADERS.length; column++) w.sheet.getCell(w.row, column).border = BORDER;
      w.next();
    }
    tableCell(w, 1, row.stt, centre);
    tableCell(w, 2, row.name, {});
    tableCell(w, 3, row.unit, {});
    tableCell(w, 4, row.agree, centre, { numFmt: '#,##0' });
    // The percentage as shown in the PDF (two places), so a sum or a filter agrees with it.
    tableCell(w, 5, Math.round(row.percent * 100) / 100, centre, { numFmt: '0.00' });
    tableCell(w, 6, row.verdict, centre, { font: { bold: row.outcome !== 'failed' } });
    w.next();
  }
}

export function pollResultsWorkbook(model: PollResultsModel): ExcelJS.Workbook {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'Hội nghị';
  const sheet = workbook.addWorksheet('Kết quả', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const w = new SheetWriter(sheet);
  heading(w, model);
  model.polls.forEach((poll, i) => pollSection(w, poll, i));
  w.next();
  w.text(model.signer.title, 'D', LAST, { bold: true }, { horizontal: 'center' });
  w.next(5);
  w.text(model.signer.name, 'D', LAST, { bold: true }, { horizontal: 'center' });
  return workbook;
}

export async function writePollResultsXlsx(model: PollResultsModel, path: string): Promise<void> {
  await pollResultsWorkbook(model).xlsx.writeFile(path);
}
