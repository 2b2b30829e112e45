import type PDFDocument from 'pdfmake/js/PDFDocument';
import type { PdfKitDocumentOptions } from 'pdfmake/js/PDFDocument';
import { pdfDocumentClass } from '../../documents/libraries';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FontKey } from '../../../shared/certificates';
import { FONT_KEYS } from '../../../shared/certificates';
import { resolveFontsDir } from '../../documents/pdf';

/**
 * The template fonts (FONT_KEYS) and their metrics. All four are bundled TTFs with every
 * Vietnamese letter precomposed (tests/certificates/engine check all 134): Noto Serif for body
 * text and titles, Dancing Script Bold (SIL OFL 1.1, resources/fonts/OFL-DancingScript.txt) for
 * names. Widths come from a pdfkit document with the same files, so what layout measures is
 * exactly what render draws (pdfkit's widths are the fontkit advances, kerning included).
 */

export const FONT_FILES: Record<FontKey, string> = {
  serif: 'NotoSerif_400Regular.ttf',
  serif_italic: 'NotoSerif_400Regular_Italic.ttf',
  serif_bold: 'NotoSerif_700Bold.ttf',
  script: 'DancingScript_700Bold.ttf',
};

/**
 * How far a line's glyphs reach above and below its baseline, in em, for every face: a capital
 * with a stacked mark ("Ỗ") reaches 1.06 em in Noto Serif Bold, a descender with a dot below
 * 0.29 em in Dancing Script. Layout keeps this whole extent inside the field's box.
 */
export const EXTENT_ABOVE = 1.06;
export const EXTENT_BELOW = 0.3;

/** Absolute paths of the four font files, from the app's fonts folder (documents/pdf.ts). */
export function fontPaths(fontsDir: string = resolveFontsDir()): Record<FontKey, string> {
  const paths = {} as Record<FontKey, string>;
  for (const key of FONT_KEYS) {
    const path = join(fontsDir, FONT_FILES[key]);
    if (!existsSync(path)) throw new Error(`Thiếu phông chữ ${FONT_FILES[key]} trong ${fontsDir}`);
    paths[key] = path;
  }
  return paths;
}

/** A pdfkit document with the four faces registered under their FontKey names. */
export function createDocument(options: PdfKitDocumentOptions, fontsDir?: string): PDFDocument {
  const doc = new (pdfDocumentClass())({}, {}, {}, {}, options);
  const paths = fontPaths(fontsDir);
  for (const key of FONT_KEYS) doc.registerFont(key, paths[key]);
  return doc;
}

/** Measures `text` in points at `sizePt`. */
export type TextWidth = (font: FontKey, sizePt: number, text: string) => number;

let measuring: { dir: string; doc: PDFDocument } | undefined;
/** Widths at 1 pt, by font and text: pdfkit's widths scale linearly with the size. */
const unitWidths = new Map<string, number>();
/** Bounds the cache in a long-lived process (a batch measures every honoree's name). */
const MAX_CACHED = 50_000;

function measuringDocument(dir: string): PDFDocument {
  if (measuring?.dir !== dir) {
    // A document that is never ended or read: it only holds the parsed fonts for measuring.
    measuring = { dir, doc: createDocument({ autoFirstPage: false }, dir) };
    unitWidths.clear();
  }
  return measuring.doc;
}

/** Widths on `doc`'s fonts, remembered in `cache` at 1 pt. */
function measurer(doc: PDFDocument, cache: Map<string, number>): TextWidth {
  return (font, sizePt, text) => {
    if (text === '') return 0;
    const key = `${font}\u0000${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      unit = doc.font(font).fontSize(1).widthOfString(text);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, unit);
    }
    return unit * sizePt;
  };
}

/**
 * A width function on the bundled fonts' real metrics. The fonts folder is looked up once here,
 * not on every measurement: finding it walks the folders up, and a batch measures thousands.
 */
export function fontMeasure(fontsDir: string = resolveFontsDir()): TextWidth {
  return measurer(measuringDocument(fontsDir), unitWidths);
}

/**
 * Widths on the fonts of the document being drawn: pdfkit remembers each word's shaping per
 * font object, so measuring there shapes every new word once for both layout and drawing.
 */
export const documentMeasure = (doc: PDFDocument): TextWidth => measurer(doc, new Map());

/** The width of `text` (NFC) in points, from the real font metrics. */
export const textWidth: TextWidth = (font, sizePt, text) => fontMeasure()(font, sizePt, text);
