import {
  AlignmentType,
  BorderStyle,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { line } from './docx-parts';
import { TEXT_WIDTH, type FormStyle } from './layout';

/** The ruled tables of the papers: the result table, the annex, the payment list. */

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface GridColumn {
  header: string;
  /** Share of the text width. */
  share: number;
  /** The cell of a row: a tag, e.g. "{name}". */
  cell: string;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const GRID_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID_BORDERS = {
  top: GRID_BORDER,
  bottom: GRID_BORDER,
  left: GRID_BORDER,
  right: GRID_BORDER,
  insideHorizontal: GRID_BORDER,
  insideVertical: GRID_BORDER,
};

function gridCell(width: number, paragraph: Paragraph, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 50, bottom: 50 },
    children: [paragraph],
  });
}

const cellLine = (style: FormStyle, value: string, align: Align, bold = false, keepNext = false) =>
  line({ text: value, size: style.tableSize, bold }, align, keepNext ? { keepNext: true } : {});

export interface GridOptions {
  columns: GridColumn[];
  /**
   * Rows as docxtemplater loops: `section` is the loop of the section headings ("I. TẬP THỂ")
   * spanning every column, `rows` the loop of the rows inside each; without `section`, `rows`
   * loops over the data's top level.
   */
  section?: { loop: string; title: string };
  rows: string;
  /** A closing row: a label over the first columns and cells under the others. */
  total?: { label: string; span: number; cells: string[] };
}

/** A ruled table whose heading row repeats on every page and whose rows never split. */
export function grid(style: FormStyle, options: GridOptions): Table {
  const widths = options.columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: options.columns.map((c, i) =>
      gridCell(widths[i] ?? 0, cellLine(style, c.header, AlignmentType.CENTER, true)),
    ),
  });
  const rowCells = options.columns.map((c, i) => {
    let cell = c.cell;
    if (i === 0) cell = `{#${options.rows}}${cell}`;
    if (i === options.columns.length - 1) cell = `${cell}{/${options.rows}}`;
    return gridCell(widths[i] ?? 0, cellLine(style, cell, ALIGN[c.align ?? 'left']));
  });
  const rows: TableRow[] = [head];
  if (options.section) {
    const { loop, title: sectionTitle } = options.section;
    const total = widths.reduce((a, b) => a + b, 0);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          gridCell(
            total,
            cellLine(style, `{#${loop}}${sectionTitle}`, AlignmentType.LEFT, true),
            widths.length,
          ),
        ],
      }),
    );
    const last = rowCells.length - 1;
    const closingCell = options.columns[last];
    if (closingCell) {
      rowCells[last] = gridCell(
        widths[last] ?? 0,
        cellLine(
          style,
          `${closingCell.cell}{/${options.rows}}{/${loop}}`,
          ALIGN[closingCell.align ?? 'left'],
        ),
      );
    }
  }
  rows.push(new TableRow({ cantSplit: true, children: rowCells }));
  if (options.total) {
    const { label, span, cells } = options.total;
    const spanWidth = widths.slice(0, span).reduce((a, b) => a + b, 0);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          gridCell(spanWidth, cellLine(style, label, AlignmentType.CENTER, true), span),
          ...cells.map((value, i) =>
            gridCell(
              widths[span + i] ?? 0,
              cellLine(style, value, ALIGN[options.columns[span + i]?.align ?? 'left'], true),
            ),
          ),
        ],
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows,
  });
}
