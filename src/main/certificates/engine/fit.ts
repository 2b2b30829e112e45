import type { FontKey } from '../../../shared/certificates';
import { EXTENT_ABOVE, EXTENT_BELOW, type TextWidth } from './fonts';

/**
 * Shrink-to-fit for one field, pure given a width function: keep the wanted size when every
 * line fits; else shrink in 0.5 pt steps down to the minimum size; else wrap at the largest
 * size whose lines fit the box; else the minimum size, wrapped, flagged `overflows` (the
 * renderer still clips it to the box). A box with room for only one line at the wanted size
 * (a name) thus shrinks rather than wraps, as on real certificates; a box with room for several
 * (an achievement) wraps first, at the largest size that fits, so its text stays readable.
 */

/** Distance between baselines, in em. */
export const LINE_HEIGHT = 1.2;
const STEP = 0.5;
/** Absorbs float noise in width sums (points). */
const EPSILON = 1e-6;

export interface FitSpec {
  font: FontKey;
  size: number;
  minSize: number;
  uppercase: boolean;
}

export interface FittedLine {
  text: string;
  /** Points, measured on the whole line as it is drawn. */
  width: number;
}

export interface Fit {
  size: number;
  lines: FittedLine[];
  overflows: boolean;
}

/** Height of `count` lines at `size` from the top of the first line's marks to the last descender. */
export function blockHeight(count: number, size: number): number {
  if (count === 0) return 0;
  return (count - 1) * LINE_HEIGHT * size + (EXTENT_ABOVE + EXTENT_BELOW) * size;
}

/** NFC, upper-cased the Vietnamese way when asked, split into paragraphs of single-spaced words. */
export function prepareText(text: string, uppercase: boolean): string[] {
  const nfc = text.normalize('NFC');
  const cased = uppercase ? nfc.toLocaleUpperCase('vi') : nfc;
  return cased
    .split(/\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** The sizes to try, largest first: `size`, then 0.5 pt less each time, `minSize` last. */
function sizesToTry(size: number, minSize: number): number[] {
  const least = Math.min(minSize, size);
  const sizes: number[] = [];
  for (let s = size; s > least + EPSILON; s -= STEP) sizes.push(Math.round(s * 1000) / 1000);
  sizes.push(least);
  return sizes;
}

/** Cuts a word wider than the line into pieces that fit (at least one character each). */
function splitWord(
  word: string,
  font: FontKey,
  size: number,
  maxWidth: number,
  measure: TextWidth,
): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of Array.from(word)) {
    if (piece !== '' && measure(font, size, piece + char) > maxWidth + EPSILON) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Greedy word wrap of one paragraph. */
export function wrapParagraph(
  paragraph: string,
  font: FontKey,
  size: number,
  maxWidth: number,
  measure: TextWidth,
): FittedLine[] {
  const space = measure(font, size, ' ');
  const words = paragraph
    .split(' ')
    .flatMap((w) =>
      measure(font, size, w) > maxWidth + EPSILON ? splitWord(w, font, size, maxWidth, measure) : [w],
    );
  const lines: FittedLine[] = [];
  let current: string[] = [];
  let sum = 0;
  // Decided on sums of word widths (pdfkit measures a line as its space-separated words, so the
  // sum is the line's width but for a rare kerning pair at a space); each line's width is then
  // measured whole, and a line that still comes out too wide fails the size in fitText.
  const flush = () => {
    const text = current.join(' ');
    lines.push({ text, width: measure(font, size, text) });
  };
  for (const word of words) {
    const w = measure(font, size, word);
    if (current.length > 0 && sum + space + w > maxWidth + EPSILON) {
      flush();
      current = [];
      sum = 0;
    }
    sum += (current.length > 0 ? space : 0) + w;
    current.push(word);
  }
  if (current.length > 0) flush();
  return lines;
}

const fits = (lines: FittedLine[], size: number, widthPt: number, heightPt: number): boolean =>
  lines.every((l) => l.width <= widthPt + EPSILON) && blockHeight(lines.length, size) <= heightPt + EPSILON;

/** Fits `text` into a box of `widthPt` × `heightPt` points. */
export function fitText(
  text: string,
  spec: FitSpec,
  widthPt: number,
  heightPt: number,
  measure: TextWidth,
): Fit {
  const paragraphs = prepareText(text, spec.uppercase);
  if (paragraphs.length === 0) return { size: spec.size, lines: [], overflows: false };
  const sizes = sizesToTry(spec.size, spec.minSize);

  const wrapAt = (size: number) =>
    paragraphs.flatMap((p) => wrapParagraph(p, spec.font, size, widthPt, measure));
  if (blockHeight(paragraphs.length + 1, spec.size) <= heightPt + EPSILON) {
    for (const size of sizes) {
      const lines = wrapAt(size);
      if (fits(lines, size, widthPt, heightPt)) return { size, lines, overflows: false };
    }
  }

  // One line per paragraph, shrinking.
  for (const size of sizes) {
    const lines = paragraphs.map((p) => ({ text: p, width: measure(spec.font, size, p) }));
    if (fits(lines, size, widthPt, heightPt)) return { size, lines, overflows: false };
  }
  // Wrapped, at the largest size whose lines fit the box.
  for (const size of sizes) {
    const lines = wrapAt(size);
    if (fits(lines, size, widthPt, heightPt)) return { size, lines, overflows: false };
  }
  const size = sizes[sizes.length - 1] ?? spec.minSize;
  return { size, lines: wrapAt(size), overflows: true };
}
