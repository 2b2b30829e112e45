import { lineHeight, mm, type FontFace } from '../documents/pdf';
import type { ListModel } from './list-model';
import { CONTENT_WIDTH, PAGE, Planner, SIZES, wrap, type Measure, type PlannedPage } from './pdf-list-page';
import { columnWidths, TablePlacer, tableRows, type Row } from './pdf-list-table';

/**
 * Lays the honoree list out into pages of positioned text lines and rules, without drawing
 * anything: pdf-list.ts paints the plan. Pure apart from `measure`, so the layout rules (header
 * row on every page, a section heading never left alone at a page foot, the count line kept
 * with the signature) are tested without a PDF.
 *
 * Why not a pdfmake table: pdfmake measures, lays out and draws every word as its own styled
 * inline, which for 10,000 rows took 12–16 s; wrapping cells into lines here and drawing one
 * text run per line takes about a quarter of that (bench/exports-pdf.bench.ts).
 */

const LEFT_HEAD_SHARE = 0.45;
const HEAD_GAP = 12;
const SIGNATURE_WIDTH = 300;
/** Room for the signature and the seal between the signer's title and name. */
const SIGNATURE_SPACE = mm(28);

const faceOf = (bold: boolean, italics = false): FontFace =>
  bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';

function heading(plan: Planner, model: ListModel): void {
  const { left, right, partyHeader } = model.heading;
  const leftBox = { x: PAGE.left, width: CONTENT_WIDTH * LEFT_HEAD_SHARE };
  const rightBox = {
    x: leftBox.x + leftBox.width + HEAD_GAP,
    width: CONTENT_WIDTH - leftBox.width - HEAD_GAP,
  };
  const top = plan.y;
  const column = (lines: ListModel['heading']['left'], box: typeof leftBox, isRight: boolean): number => {
    plan.y = top;
    lines.forEach((line, i) => {
      // The motto (or the Party's name) is set a little larger than the line above it.
      const size = isRight && i === lines.length - 1 ? SIZES.motto : SIZES.head;
      const face = faceOf(line.bold);
      plan.y += plan.paragraph(line.text, face, size, box, true);
      // Decree 30/2020: a short rule (a third of the line) under a state issuer's name, and one as
      // long as the line under the motto or the Party's name; a Party issuer has its "*" instead.
      const last = i === lines.length - 1;
      if (isRight && last) plan.y += plan.rule(plan.measure(line.text, face, size), box);
      if (!isRight && !partyHeader && i === 0)
        plan.y += plan.rule(plan.measure(line.text, face, size) / 3, box);
    });
    return plan.y;
  };
  const bottom = Math.max(column(left, leftBox, false), column(right, rightBox, true));
  plan.y = bottom;
}

function titles(plan: Planner, model: ListModel): void {
  const full = { x: PAGE.left, width: CONTENT_WIDTH };
  plan.y += 18;
  plan.y += plan.paragraph(model.title, 'bold', SIZES.title, full, true);
  if (model.subtitle) plan.y += plan.paragraph(model.subtitle, 'italics', SIZES.body, full, true);
  plan.y += 12;
}

const SIGN_BOX = { x: PAGE.width - PAGE.right - SIGNATURE_WIDTH, width: SIGNATURE_WIDTH };
const FULL_BOX = { x: PAGE.left, width: CONTENT_WIDTH };

/** The height of the count line and signature block. */
function closingHeight(model: ListModel, measure: Measure): number {
  const { capacity, title, name } = model.signature;
  const lh = lineHeight(SIZES.body);
  const lines = (text: string, box: typeof FULL_BOX, face: FontFace) =>
    text ? wrap(text, face, SIZES.body, box.width, measure).length : 0;
  return (
    6 +
    lines(model.countLine, FULL_BOX, 'italics') * lh +
    10 +
    (lines(capacity, SIGN_BOX, 'bold') +
      lines(title, SIGN_BOX, 'bold') +
      Math.max(1, lines(name, SIGN_BOX, 'bold'))) *
      lh +
    SIGNATURE_SPACE
  );
}

/** Count line and signature block, kept together on one page. */
function closing(plan: Planner, model: ListModel): void {
  const { capacity, title, name } = model.signature;
  if (plan.room < closingHeight(model, plan.measure)) plan.newPage();
  plan.y += 6;
  if (model.countLine) plan.y += plan.paragraph(model.countLine, 'italics', SIZES.body, FULL_BOX, false);
  plan.y += 10;
  for (const line of [capacity, title].filter(Boolean))
    plan.y += plan.paragraph(line, 'bold', SIZES.body, SIGN_BOX, true);
  plan.y += SIGNATURE_SPACE;
  if (name) plan.y += plan.paragraph(name, 'bold', SIZES.body, SIGN_BOX, true);
}

/** "Trang 2/5" centred in the bottom margin of every page of a list longer than one page. */
function pageNumbers(pages: PlannedPage[], measure: Measure): void {
  if (pages.length <= 1) return;
  const y = PAGE.height - PAGE.bottom + mm(7);
  pages.forEach((page, i) => {
    const text = `Trang ${i + 1}/${pages.length}`;
    const x = PAGE.left + (CONTENT_WIDTH - measure(text, 'normal', SIZES.footer)) / 2;
    page.texts.push({ text, x, y, face: 'normal', size: SIZES.footer });
  });
}

export function planList(model: ListModel, measure: Measure): PlannedPage[] {
  const plan = new Planner(measure);
  heading(plan, model);
  titles(plan, model);
  const largest = model.lines.reduce((max, line) => (line.type === 'row' ? Math.max(max, line.stt) : max), 0);
  const widths = columnWidths(model.columns, largest, CONTENT_WIDTH);
  const { header, body } = tableRows(model, widths, measure);
  const table = new TablePlacer(plan, widths, header);
  // What each row needs on its page: a heading keeps the headings under it ("I. BẰNG KHEN",
  // "1. Cá nhân") and the first row after them, and the last row goes over with the signature
  // rather than leave a page with nothing but it. `least` counts at most three lines of each row,
  // for rows too tall for any page, which are split. Worked backwards, as each row needs the next.
  const needs: { need: number; least: number }[] = Array.from({ length: body.length });
  for (let i = body.length - 1; i >= 0; i--) {
    const row = body[i] as Row;
    const after = row.span ? needs[i + 1] : undefined;
    const closing = i === body.length - 1 ? closingHeight(model, measure) : 0;
    needs[i] = {
      need: table.height(row.lineCount) + (after?.need ?? 0) + closing,
      least: table.height(Math.min(row.lineCount, 3)) + (after?.least ?? 0),
    };
  }
  // The header row with the first row (and what that keeps) under it, or all on the next page.
  if (plan.room < table.height(header.lineCount) + (needs[0]?.least ?? 0)) plan.newPage();
  table.start();
  body.forEach((row, i) => table.place(row, needs[i]?.need ?? 0, needs[i]?.least ?? 0));
  table.finish();
  closing(plan, model);
  pageNumbers(plan.pages, measure);
  return plan.pages;
}
