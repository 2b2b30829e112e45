import type ExcelJS from 'exceljs';
import type { ListColumnSpec, ListLine, ListModel } from './list-model';
import { listLayout, type ListSheetLayout, type Span } from './xlsx-list-layout';
import { pageBreaks, pageCapacity, printScale } from './xlsx-list-pages';
import { type CellValue, SheetRows } from './xlsx-rows';
import {
  BORDER,
  centreHorizontallyWhenPrinted,
  columnLetter,
  columnWidths,
  font,
  HEADER_FONT_SIZE,
  mergedRowHeight,
  mm,
  ONE_LINE,
  ROWS_PER_YIELD,
  tableRowHeight,
} from './xlsx-styles';

/** Writes one row of the list: its number, values, style ids and height in points. */
type PutRow = (
  rowNumber: number,
  values: readonly CellValue[],
  styles: readonly number[],
  height: number,
) => void;

/**
 * Sheet 1, "Danh sách": the list as it is printed and attached to the decision, laid out like
 * the lists secretariats already send (DOMAIN.md, "An honoree list in Excel").
 */

export const LIST_SHEET = 'Danh sách';

// Four of these rows leave about 35 mm for a signature and a seal (before fitting to the page).
const SIGNATURE_SPACE_HEIGHT = 25;

type Style = Partial<ExcelJS.Style>;

const centred = (bold: boolean, italic = false): Style => ({
  font: font(bold, italic),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
});

const section = (italic: boolean): Style => ({
  font: font(true, italic),
  alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  border: BORDER,
});

const STYLES = {
  headingBold: centred(true),
  headingPlain: centred(false),
  title: centred(true),
  subtitle: centred(false, true),
  header: {
    font: font(true, false, HEADER_FONT_SIZE),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
  } satisfies Style,
  section1: section(false),
  section2: section(true),
  count: { font: font(false, true), alignment: { horizontal: 'left', vertical: 'middle' } } satisfies Style,
  signature: centred(true),
};

/** One style per column for the table's cells: borders, wrapping, top-aligned, per the column's alignment. */
const cellStyles = (columns: readonly ListColumnSpec[]): Style[] =>
  columns.map((column) => ({
    font: font(false),
    alignment: { horizontal: column.align, vertical: 'top', wrapText: true },
    border: BORDER,
  }));

const spanWidth = (columns: readonly ListColumnSpec[], span: Span): number =>
  columns.slice(span.first - 1, span.last).reduce((sum, c) => sum + c.width, 0);

/** A row of merged blocks: each block's text in its first cell, its style on every cell (borders). */
class BlockRow {
  readonly values: CellValue[];
  readonly styles: number[];

  constructor(
    private readonly rows: SheetRows,
    private readonly put: PutRow,
    private readonly rowNumber: number,
    columnCount: number,
  ) {
    this.values = Array<CellValue>(columnCount).fill(null);
    this.styles = Array<number>(columnCount).fill(0);
  }

  block(span: Span, text: string, style: Style): this {
    const id = this.rows.styleId(style);
    for (let c = span.first; c <= span.last; c++) this.styles[c - 1] = id;
    this.values[span.first - 1] = text;
    this.rows.merge(this.rowNumber, span.first, span.last);
    return this;
  }

  write(height: number): void {
    this.put(this.rowNumber, this.values, this.styles, height);
  }
}

class ListSheetWriter {
  private readonly all: Span;
  private readonly widths: number[];
  /** Every row's height in points, by row number: the page breaks are set from them. */
  readonly heights: number[] = [];
  /** Rows of section headings, which never end a page. */
  readonly sectionRows = new Set<number>();
  private nextRow = 1;

  constructor(
    private readonly rows: SheetRows,
    private readonly model: ListModel,
    private readonly layout: ListSheetLayout,
  ) {
    this.all = { first: 1, last: layout.columnCount };
    this.widths = model.columns.map((c) => c.width);
  }

  /**
   * Writes a row and the empty rows before it, each with its height: an empty row left out
   * would take the viewer's default height, which the page breaks could not count on.
   */
  readonly put: PutRow = (rowNumber, values, styles, height) => {
    for (; this.nextRow < rowNumber; this.nextRow++) {
      this.rows.row(this.nextRow, [], [], ONE_LINE);
      this.heights[this.nextRow] = ONE_LINE;
    }
    this.rows.row(rowNumber, values, styles, height);
    this.heights[rowNumber] = height;
    this.nextRow = rowNumber + 1;
  };

  private blockRow(rowNumber: number): BlockRow {
    return new BlockRow(this.rows, this.put, rowNumber, this.layout.columnCount);
  }

  heading(): void {
    const { left, right } = this.model.heading;
    const sides = [
      { lines: left, span: this.layout.left, width: spanWidth(this.model.columns, this.layout.left) },
      { lines: right, span: this.layout.right, width: spanWidth(this.model.columns, this.layout.right) },
    ];
    for (let i = 0; i < this.layout.headingRows; i++) {
      const row = this.blockRow(i + 1);
      let height = ONE_LINE;
      for (const { lines, span, width } of sides) {
        const line = lines[i];
        if (!line) continue;
        row.block(span, line.text, line.bold ? STYLES.headingBold : STYLES.headingPlain);
        height = Math.max(height, mergedRowHeight(line.text, width, line.bold));
      }
      row.write(height);
    }
  }

  titles(): void {
    const width = spanWidth(this.model.columns, this.all);
    const { titleRow, subtitleRow } = this.layout;
    const { title, subtitle } = this.model;
    this.blockRow(titleRow)
      .block(this.all, title, STYLES.title)
      .write(mergedRowHeight(title, width, true));
    if (subtitleRow === null) return;
    this.blockRow(subtitleRow)
      .block(this.all, subtitle, STYLES.subtitle)
      .write(mergedRowHeight(subtitle, width, false));
  }

  header(): void {
    const id = this.rows.styleId(STYLES.header);
    const columns = this.model.columns;
    // Set rather than left to the viewer: none grows a row it did not lay out itself.
    const height = Math.max(...columns.map((c) => mergedRowHeight(c.header, c.width, true)));
    this.put(
      this.layout.headerRow,
      columns.map((c) => c.header),
      columns.map(() => id),
      height,
    );
  }

  async lines(): Promise<void> {
    const styles = cellStyles(this.model.columns).map((s) => this.rows.styleId(s));
    const { lines } = this.model;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line) this.line(this.layout.firstLineRow + i, line, styles);
      if (i % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await this.rows.settle();
    }
  }

  private line(rowNumber: number, line: ListLine, styles: readonly number[]): void {
    if (line.type === 'section') {
      this.sectionRows.add(rowNumber);
      const width = spanWidth(this.model.columns, this.all);
      this.blockRow(rowNumber)
        .block(this.all, line.text, line.level === 1 ? STYLES.section1 : STYLES.section2)
        .write(mergedRowHeight(line.text, width, true));
      return;
    }
    // STT is a number so the column sorts and sums; every other cell is the text as given,
    // always a string cell: "=…", "+…", "- …" are never read as formulas.
    const values: CellValue[] = line.cells.map((text, i) => (i === 0 ? line.stt : text === '' ? null : text));
    this.put(rowNumber, values, styles, tableRowHeight(line.cells, this.widths));
  }

  closing(): void {
    const { countRow, signature, right } = this.layout;
    if (countRow !== null) {
      this.blockRow(countRow).block(this.all, this.model.countLine, STYLES.count).write(ONE_LINE);
    }
    const width = spanWidth(this.model.columns, right);
    for (const { row: rowNumber, text } of signature) {
      if (text === '') {
        this.put(rowNumber, [], [], SIGNATURE_SPACE_HEIGHT);
      } else {
        this.blockRow(rowNumber)
          .block(right, text, STYLES.signature)
          .write(mergedRowHeight(text, width, true));
      }
    }
  }

  /**
   * The last row of each page but the last (xlsx-list-pages.ts). Kept with the row after them:
   * the headings, title and table heading (page 1 starts the table), section headings, and the
   * last table row and the closing block (count line, signature), so that no page holds the
   * repeated table heading above the signature alone.
   */
  pageBreaks(scale: number): number[] {
    const { firstLineRow, lastLineRow, lastRow, headerRow } = this.layout;
    return pageBreaks({
      heights: this.heights,
      lastRow,
      headerRow,
      capacity: pageCapacity(scale),
      keepWithNext: (row) =>
        row < firstLineRow || this.sectionRows.has(row) || (row >= lastLineRow && row < lastRow),
    });
  }
}

function pageSetup(layout: ListSheetLayout, scale: number): Partial<ExcelJS.PageSetup> {
  const header = String(layout.headerRow);
  return {
    paperSize: 9, // A4
    orientation: 'landscape',
    // A fixed scale, not "fit to page": Excel would ignore the page breaks set with it.
    fitToPage: false,
    scale,
    margins: { top: mm(20), bottom: mm(20), left: mm(25), right: mm(15), header: mm(8), footer: mm(8) },
    // The table's heading row is printed again at the top of every page.
    printTitlesRow: `${header}:${header}`,
    // exceljs puts a "$" before each part only ("$A1:$G79"); "A$1" makes the rows absolute too.
    printArea: `A$1:${columnLetter(layout.columnCount)}$${layout.lastRow}`,
  };
}

export async function writeListSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  model: ListModel,
  failed: AbortSignal,
): Promise<void> {
  const layout = listLayout(model);
  const scale = printScale(model.columns.map((c) => c.width));
  const below = `A${layout.headerRow + 1}`;
  const sheet = workbook.addWorksheet(LIST_SHEET, {
    pageSetup: pageSetup(layout, scale),
    headerFooter: { oddFooter: '&C&"Times New Roman,Regular"&11Trang &P/&N' },
    // Headings and the table's heading row stay in view while the rows scroll.
    views: [{ state: 'frozen', xSplit: 0, ySplit: layout.headerRow, topLeftCell: below, activeCell: below }],
  });
  sheet.columns = columnWidths(model.columns.map((c) => c.width));
  centreHorizontallyWhenPrinted(sheet);

  const rows = new SheetRows(workbook, sheet, failed);
  const writer = new ListSheetWriter(rows, model, layout);
  writer.heading();
  writer.titles();
  writer.header();
  await writer.lines();
  writer.closing();
  // The streaming worksheet writes `rowBreaks` when committed; exceljs's types omit it there.
  const { rowBreaks } = sheet as unknown as { rowBreaks: ExcelJS.RowBreak[] };
  for (const row of writer.pageBreaks(scale)) rowBreaks.push({ id: row, min: 0, max: 16383, man: 1 });
  rows.commit();
}
