import type PDFDocument from 'pdfmake/js/PDFDocument';
import { pdfDocumentClass } from '../documents/libraries';
import type { FontKey } from '../../shared/certificates';
import { wrapParagraph } from '../certificates/engine/fit';
import type { TextWidth } from '../certificates/engine/fonts';

/**
 * How many lines a cell of the Excel list takes, from Times New Roman's real widths: rows are
 * given their height when written (no viewer grows a row it did not lay out itself), so a height
 * guessed from a character count cut the end off long achievements.
 *
 * The widths are those pdfkit (under pdfmake) carries for the standard PDF font Times: Adobe's
 * metrics, glyph for glyph those of Times New Roman and of LibreOffice's Liberation Serif. A
 * Vietnamese letter is measured as its base letter ("ế" as "e"), as wide in Times New Roman.
 * Lines are wrapped by the certificate fitter's greedy wrap, as Excel and LibreOffice wrap.
 */

const FACES: Record<FontKey, string> = {
  serif: 'Times-Roman',
  serif_bold: 'Times-Bold',
  serif_italic: 'Times-Italic',
  script: 'Times-Roman',
};

/**
 * Room left against the widths: LibreOffice without a Vietnamese Liberation Serif draws some
 * marked letters from a wider fallback font. 5% made no cell of 400 measured in LibreOffice 7.4
 * (columns 12 to 50 wide, plain and bold) wrap to more lines than estimated.
 */
const SAFETY = 1.05;

/** Points a sheet unit (the digit "0" of Times New Roman 13) spans in LibreOffice; Excel's 9 px are a little wider. */
export const UNIT_POINTS = 6.5;
/** Points of a cell's width that are not text: its margins and borders. */
const CELL_MARGINS = 4;

let measuring: PDFDocument | undefined;
/**
 * Advance widths at 1 pt by face and UTF-16 code unit (NaN until measured): a line's width is
 * their sum, which keeps 100,000 rows fast.
 */
const advances = new Map<FontKey, Float64Array>();

/** Base letters only: marks dropped, "đ" as "d"; what Times has no width for, as wide as "M". */
export function baseLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/g, 'M');
}

function advancesOf(font: FontKey): Float64Array {
  let table = advances.get(font);
  if (!table) {
    table = new Float64Array(65_536).fill(Number.NaN);
    advances.set(font, table);
  }
  return table;
}

function measureChar(font: FontKey, code: number): number {
  measuring ??= new (pdfDocumentClass())({}, {}, {}, {}, { autoFirstPage: false });
  return measuring
    .font(FACES[font])
    .fontSize(1)
    .widthOfString(baseLetters(String.fromCharCode(code)));
}

/**
 * Width in points of `text` in Times New Roman (`font` picks the face) at `sizePt`: the sum of
 * its letters' advances. Kerning is left out; its pairs mostly narrow a line, so the sum errs wide.
 */
export const timesWidth: TextWidth = (font, sizePt, text) => {
  const table = advancesOf(font);
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let width = table[code] ?? Number.NaN;
    if (Number.isNaN(width)) {
      width = measureChar(font, code);
      table[code] = width;
    }
    sum += width;
  }
  return sum * sizePt;
};

const generous: TextWidth = (font, sizePt, text) => timesWidth(font, sizePt, text) * SAFETY;

/** Points of text a column `width` sheet units wide holds. */
export const textRoom = (width: number): number => Math.max(1, width * UNIT_POINTS - CELL_MARGINS);

/**
 * Lines already worked out, by column, face, size and text: a list repeats its achievements,
 * units and award forms row after row, and wrapping each again doubled the time of a 100,000-row
 * export. Emptied when full, so memory stays bounded whatever the list.
 */
const known = new Map<string, number>();
const KNOWN_MAX = 20_000;

/** Lines `text` wraps to in a cell `width` sheet units wide; every line break starts a line. */
export function cellLines(text: string, width: number, bold: boolean, sizePt: number): number {
  const key = `${width}|${bold ? 1 : 0}|${sizePt}|${text}`;
  const seen = known.get(key);
  if (seen !== undefined) return seen;
  const lines = countLines(text, width, bold, sizePt);
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(key, lines);
  return lines;
}

function countLines(text: string, width: number, bold: boolean, sizePt: number): number {
  const font: FontKey = bold ? 'serif_bold' : 'serif';
  const room = textRoom(width);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.replace(/\s+/g, ' ').trim();
    if (words === '' || generous(font, sizePt, words) <= room) lines += 1;
    else lines += wrapParagraph(words, font, sizePt, room, generous).length;
  }
  return Math.max(1, lines);
}
