import type PDFDocument from 'pdfmake/js/PDFDocument';
import type { PdfKitFont, PdfKitGlyphPosition } from 'pdfmake/js/PDFDocument';
import type { FieldLayout, FontKey } from '../../../shared/certificates';
import { FONT_KEYS } from '../../../shared/certificates';
import { mmToPt } from './units';

/**
 * Writes a field's clipped lines as PDF operators, and remembers them: most fields of a batch
 * (heading, issuer, form, decision, date, signer) are the same on every page, and drawing each
 * line through pdfkit's `text()` cost about 70 µs, most of a 2,000-page batch. The operators
 * are those pdfkit's `_fragment` writes for a line without options (checked by the PDF tests:
 * text extraction, fonts subset with a ToUnicode map); glyphs go into the font subsets through
 * pdfkit's own `encode`, the first time a line is seen.
 */

const n = (value: number): string => String(Math.round(value * 1000) / 1000);

function rgb(hex: string): string {
  const v = Number.parseInt(hex.slice(1), 16);
  return `${n((v >> 16) / 255)} ${n(((v >> 8) & 0xff) / 255)} ${n((v & 0xff) / 255)}`;
}

/** One line at (x, y), y upwards, as pdfkit draws it: glyph runs with kerning and mark offsets. */
function lineOperators(font: PdfKitFont, size: number, text: string, x0: number, y: number): string {
  const [encoded, positions] = font.encode(text);
  const scale = size / 1000;
  const ops = [`1 0 0 1 ${n(x0)} ${n(y)} Tm`];
  const commands: string[] = [];
  let last = 0;
  let x = x0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    const pos = positions[cur - 1];
    if (last < cur && pos)
      commands.push(`<${encoded.slice(last, cur).join('')}> ${n(-(pos.xAdvance - pos.advanceWidth))}`);
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) ops.push(`[${commands.splice(0).join(' ')}] TJ`);
  };
  positions.forEach((pos: PdfKitGlyphPosition, i) => {
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${n(x + pos.xOffset * scale)} ${n(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${n(x)} ${n(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  });
  flush(positions.length);
  return ops.join('\n');
}

/** Bounds the remembered fields: a batch's varying fields are seen once each. */
const MAX_REMEMBERED = 5000;

export class FieldPainter {
  private readonly fonts = new Map<FontKey, PdfKitFont>();
  private readonly remembered = new Map<string, string>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly pageHeight: number,
  ) {
    for (const key of FONT_KEYS) this.fonts.set(key, doc.font(key)._font);
  }

  /** Draws the field's lines in its font, size and colour, clipped to its box. */
  paint(field: FieldLayout): void {
    if (field.lines.length === 0) return;
    const font = this.fonts.get(field.font);
    if (!font) throw new Error(`Không có phông ${field.font}`);
    const key = JSON.stringify(field);
    let ops = this.remembered.get(key);
    if (ops === undefined) {
      const h = this.pageHeight;
      const box = [field.x, field.y, field.width, field.height].map((v) => n(mmToPt(v))).join(' ');
      const lines = field.lines.map((line) =>
        lineOperators(font, field.size, line.text, mmToPt(line.x), h - mmToPt(line.baseline)),
      );
      // The clip is set in the page's top-down coordinates, then the text is set upright again.
      ops = [
        'q',
        `${box} re W n`,
        `1 0 0 -1 0 ${n(h)} cm`,
        `/DeviceRGB cs ${rgb(field.color)} scn`,
        'BT',
        `/${font.id} ${n(field.size)} Tf`,
        ...lines,
        'ET',
        'Q',
      ].join('\n');
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      this.remembered.set(key, ops);
    }
    this.doc.page.fonts[font.id] = font.ref();
    this.doc.addContent(ops);
  }
}
