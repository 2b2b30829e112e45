import { estimateTextWidth, lineHeight, type FontFace } from '../documents/pdf';
import type { ListColumnSpec, ListModel } from './list-model';
import { aligned, PAD_X, PAD_Y, PAGE, SIZES, wrap, type Measure, type Planner } from './pdf-list-page';

/** The table of the honoree list PDF: column widths, rows wrapped into lines, and their placing. */

/**
 * Outer column widths (padding included) filling `total`, in proportion to the model's widths,
 * none narrower than its longest header word or, for STT, its largest number.
 */
export function columnWidths(
  columns: readonly ListColumnSpec[],
  largestStt: number,
  total: number,
): number[] {
  const minimum = columns.map((column) => {
    const words = column.header.split(/\s+/).map((word) => estimateTextWidth(word, SIZES.table));
    const number = column.key === 'stt' ? estimateTextWidth(String(largestStt), SIZES.table) : 0;
    return Math.max(number, ...words) + 2 * PAD_X + 1;
  });
  // Columns held at their minimum are fixed and the rest share what is left; each pass fixes one
  // more column, so this ends.
  const fixed = new Set<number>();
  for (;;) {
    const left = total - [...fixed].reduce((sum, i) => sum + (minimum[i] ?? 0), 0);
    const share = columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.width), 0);
    const widths = columns.map((c, i) => (fixed.has(i) ? (minimum[i] ?? 0) : (left * c.width) / share));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimum[i] ?? 0));
    if (short < 0 || fixed.size >= columns.length - 1) return widths;
    fixed.add(short);
  }
}

interface Cell {
  lines: string[];
  centred: boolean;
}

/** A table row ready to place: its cells' lines, or one spanning line set for a section. */
export interface Row {
  cells: Cell[];
  face: FontFace;
  span: boolean;
  lineCount: number;
}

export class TablePlacer {
  private readonly lh = lineHeight(SIZES.table);
  private readonly xs: number[];
  private readonly right: number;

  constructor(
    private readonly plan: Planner,
    private readonly widths: number[],
    private readonly header: Row,
  ) {
    this.xs = widths.reduce<number[]>((xs, w, i) => [...xs, (xs[i] ?? 0) + w], [PAGE.left]);
    this.right = this.xs[this.xs.length - 1] ?? PAGE.left;
  }

  height(lines: number): number {
    return lines * this.lh + 2 * PAD_Y;
  }

  /** Lines `from`..`to` of a row at the current position, with its top and side rules. */
  private draw(row: Row, from: number, to: number): void {
    const { plan, xs } = this;
    const top = plan.y;
    const bottom = top + this.height(to - from);
    plan.page.rules.push({ x1: PAGE.left, y1: top, x2: this.right, y2: top });
    const verticals = row.span ? [PAGE.left, this.right] : xs;
    for (const x of verticals) plan.page.rules.push({ x1: x, y1: top, x2: x, y2: bottom });
    row.cells.forEach((cell, i) => {
      const x = xs[i] ?? PAGE.left;
      const width = (row.span ? this.right - PAGE.left : (this.widths[i] ?? 0)) - 2 * PAD_X;
      const box = { x: x + PAD_X, width };
      const lines = aligned(
        cell.lines.slice(from, to),
        row.face,
        SIZES.table,
        box,
        cell.centred,
        plan.measure,
      );
      lines.forEach((line, k) =>
        plan.page.texts.push({ ...line, y: top + PAD_Y + k * this.lh, face: row.face, size: SIZES.table }),
      );
    });
    plan.y = bottom;
  }

  private closePage(): void {
    this.plan.page.rules.push({ x1: PAGE.left, y1: this.plan.y, x2: this.right, y2: this.plan.y });
  }

  start(): void {
    this.draw(this.header, 0, this.header.lineCount);
  }

  private breakPage(): void {
    this.closePage();
    this.plan.newPage();
    this.start();
  }

  /** The room on a new page under the repeated header row. */
  private get capacity(): number {
    return PAGE.height - PAGE.top - PAGE.bottom - this.height(this.header.lineCount);
  }

  /**
   * Places a row, on a new page (under a repeated header row) when `need` (the row and what it
   * keeps with it) does not fit here but fits there. A row taller than a whole page is split
   * between pages, starting here when `least` (its first lines) fits.
   */
  place(row: Row, need: number, least: number): void {
    const { plan } = this;
    const breakFirst = plan.room < need && (need <= this.capacity || plan.room < least);
    if (breakFirst && plan.page.tableRows > 0) this.breakPage();
    plan.page.tableRows += 1;
    let from = 0;
    for (;;) {
      const fit = Math.max(1, Math.floor((plan.room - 2 * PAD_Y) / this.lh));
      const to = Math.min(row.lineCount, from + fit);
      this.draw(row, from, to);
      if (to >= row.lineCount) return;
      from = to;
      this.breakPage();
    }
  }

  finish(): void {
    this.closePage();
  }
}

export function tableRows(
  model: ListModel,
  widths: number[],
  measure: Measure,
): { header: Row; body: Row[] } {
  const inner = widths.map((w) => w - 2 * PAD_X);
  const fullWidth = widths.reduce((a, b) => a + b, 0) - 2 * PAD_X;
  const make = (cells: Cell[], face: FontFace, span: boolean): Row => ({
    cells,
    face,
    span,
    lineCount: Math.max(1, ...cells.map((c) => c.lines.length)),
  });
  const header = make(
    model.columns.map((c, i) => ({
      lines: wrap(c.header, 'bold', SIZES.table, inner[i] ?? 0, measure),
      centred: true,
    })),
    'bold',
    false,
  );
  const body = model.lines.map((line) =>
    line.type === 'section'
      ? make(
          [{ lines: wrap(line.text, 'bold', SIZES.table, fullWidth, measure), centred: false }],
          'bold',
          true,
        )
      : make(
          line.cells.map((text, i) => ({
            lines: wrap(text, 'normal', SIZES.table, inner[i] ?? 0, measure),
            centred: model.columns[i]?.align === 'center',
          })),
          'normal',
          false,
        ),
  );
  return { header, body };
}
