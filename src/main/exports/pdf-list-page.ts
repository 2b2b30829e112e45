import { lineHeight, mm } from '../documents/pdf';
import type { FontFace } from '../documents/pdf';

/**
 * The page of the honoree list PDF and the planner that puts lines on it: the pieces
 * pdf-list-table.ts and pdf-list-layout.ts share. See pdf-list-layout.ts for why the list is
 * laid out here rather than by pdfmake.
 */

export type Measure = (text: string, face: FontFace, size: number) => number;

export interface TextRun {
  text: string;
  x: number;
  /** Top of the line box; the baseline is one ascent lower. */
  y: number;
  face: FontFace;
  size: number;
}

export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlannedPage {
  texts: TextRun[];
  rules: Rule[];
  /** Rows of the table (data and section) that start on this page. */
  tableRows: number;
}

/** A4 landscape with Decree 30/2020 margins: 20 mm top and bottom, 25 mm left (binding), 15 mm right. */
export const PAGE = {
  width: mm(297),
  height: mm(210),
  left: mm(25),
  top: mm(20),
  right: mm(15),
  bottom: mm(20),
};
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * 11 pt in the table: the usual seven columns share 257 mm, and at 13 pt the achievement column
 * (about a third of it) holds some 35 characters a line, so a typical achievement takes four or
 * five lines and the list twice the paper; at 11 pt it takes two or three and stays easy to read,
 * as the annexes secretariats print do. Heading, title and signature keep 12.5–14 pt.
 */
export const SIZES = { table: 11, head: 12.5, motto: 13, title: 14, body: 13, footer: 10 };
export const PAD_X = 3;
export const PAD_Y = 2;
export const RULE_WIDTH = 0.5;

/** Lines of `text` wrapped at spaces into `width`; explicit line breaks are kept, a too-long word is cut. */
export function wrap(text: string, face: FontFace, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ', face, size);
  for (const paragraph of text.normalize('NFC').split(/\r?\n/)) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      const w = measure(word, face, size);
      if (line && used + space + w <= width) {
        line += ` ${word}`;
        used += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= width) {
        [line, used] = [word, w];
        continue;
      }
      // A word wider than the column (a long code or address): cut it where it fills a line.
      let piece = '';
      for (const char of word) {
        if (piece && measure(piece + char, face, size) > width) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      [line, used] = [piece, measure(piece, face, size)];
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

/** A paragraph's lines, each with its x for the alignment. */
export function aligned(
  lines: string[],
  face: FontFace,
  size: number,
  box: { x: number; width: number },
  centred: boolean,
  measure: Measure,
): { text: string; x: number }[] {
  return lines.map((text) => ({
    text,
    x: centred ? box.x + (box.width - measure(text, face, size)) / 2 : box.x,
  }));
}

export class Planner {
  readonly pages: PlannedPage[] = [];
  y = PAGE.top;

  constructor(readonly measure: Measure) {
    this.newPage();
  }

  get page(): PlannedPage {
    return this.pages[this.pages.length - 1] as PlannedPage;
  }

  get room(): number {
    return PAGE.height - PAGE.bottom - this.y;
  }

  newPage(): void {
    this.pages.push({ texts: [], rules: [], tableRows: 0 });
    this.y = PAGE.top;
  }

  /** Lines of one paragraph at the current position; returns their height. */
  paragraph(
    text: string,
    face: FontFace,
    size: number,
    box: { x: number; width: number },
    centred: boolean,
  ): number {
    const lines = wrap(text, face, size, box.width, this.measure);
    const lh = lineHeight(size);
    aligned(lines, face, size, box, centred, this.measure).forEach((line, i) =>
      this.page.texts.push({ ...line, y: this.y + i * lh, face, size }),
    );
    return lines.length * lh;
  }

  /** A centred rule `width` long under the current position, in a column. */
  rule(width: number, box: { x: number; width: number }, gap = 4): number {
    const x1 = box.x + (box.width - width) / 2;
    this.page.rules.push({ x1, y1: this.y + gap, x2: x1 + width, y2: this.y + gap });
    return 2 * gap;
  }
}
