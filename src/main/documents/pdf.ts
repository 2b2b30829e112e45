import { pdfmake } from './libraries';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * PDF rendering with pdfmake 0.3 and the bundled Noto Serif (full TTFs, every Vietnamese letter).
 *
 * Fonts live in `resources/fonts/` at the repository root (Noto Serif 400/700, upright and
 * italic, from @expo-google-fonts/noto-serif; SIL OFL 1.1, resources/fonts/OFL.txt). Packaging:
 * electron-builder.yml lists `resources/**` in `files` (it is also the buildResources folder,
 * whose contents are packed only when listed) and in `asarUnpack`, so the TTFs are real files in
 * `app.asar.unpacked/resources/fonts`; Electron's fs reads `app.asar/resources/fonts/...`
 * through to them, so the upward search below finds them from `out/main` in every layout.
 */

export const FONT_FAMILY = 'NotoSerif';

const FONT_FILES = {
  normal: 'NotoSerif_400Regular.ttf',
  bold: 'NotoSerif_700Bold.ttf',
  italics: 'NotoSerif_400Regular_Italic.ttf',
  bolditalics: 'NotoSerif_700Bold_Italic.ttf',
} as const;

/** The subset of pdfmake's document definition the app writes; see pdfmake's docs for each key. */
export type Alignment = 'left' | 'right' | 'center' | 'justify';
export type Margin = number | [number, number] | [number, number, number, number];

export interface Style {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: Alignment;
  lineHeight?: number;
  color?: string;
  decoration?: 'underline' | 'lineThrough';
  characterSpacing?: number;
  margin?: Margin;
  preserveLeadingSpaces?: boolean;
  /** First-line indent of a paragraph, in points. */
  leadingIndent?: number;
}

export interface CanvasElement {
  type: 'line' | 'rect';
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
  w?: number;
  h?: number;
  lineWidth?: number;
  dash?: { length: number; space?: number };
  lineColor?: string;
  /** Fill of a rect. */
  color?: string;
}

export interface TableLayout {
  hLineWidth?: (i: number, node: unknown) => number;
  vLineWidth?: (i: number, node: unknown) => number;
  hLineColor?: string | ((i: number, node: unknown) => string);
  vLineColor?: string | ((i: number, node: unknown) => string);
  paddingLeft?: (i: number, node: unknown) => number;
  paddingRight?: (i: number, node: unknown) => number;
  paddingTop?: (i: number, node: unknown) => number;
  paddingBottom?: (i: number, node: unknown) => number;
}

export interface Table {
  body: Content[][];
  widths?: (number | '*' | 'auto')[];
  heights?: number | number[];
  headerRows?: number;
  dontBreakRows?: boolean;
  keepWithHeaderRows?: number;
}

export interface ContentNode extends Style {
  text?: string | Content[];
  stack?: Content[];
  columns?: Content[];
  table?: Table;
  layout?: string | TableLayout;
  canvas?: CanvasElement[];
  width?: number | '*' | 'auto';
  columnGap?: number;
  unbreakable?: boolean;
  pageBreak?: 'before' | 'after';
  colSpan?: number;
  rowSpan?: number;
  fillColor?: string;
  noWrap?: boolean;
  /** Names the node for pdfmake's pageBreakBefore hook (documents/stamp.ts finds slots by it). */
  id?: string;
}

export type Content = string | ContentNode | Content[];

type Dynamic = (currentPage: number, pageCount: number) => Content | null;

export interface TDocumentDefinitions {
  content: Content;
  pageSize?: 'A4' | 'A5' | { width: number; height: number };
  pageOrientation?: 'portrait' | 'landscape';
  /** [left, top, right, bottom] in points. */
  pageMargins?: Margin;
  defaultStyle?: Style;
  styles?: Record<string, Style>;
  header?: Dynamic;
  footer?: Dynamic;
  info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string };
  language?: string;
}

/** Advance widths (per 1000 em) of Noto Serif Regular for ASCII 32–126, read from the TTF. */
const ASCII_WIDTHS = [
  260, 332, 408, 559, 559, 896, 742, 220, 346, 346, 500, 559, 250, 310, 250, 288, 559, 559, 559, 559, 559,
  559, 559, 559, 559, 559, 286, 286, 559, 559, 559, 474, 921, 705, 654, 614, 727, 623, 590, 714, 793, 367,
  357, 700, 623, 938, 763, 742, 604, 742, 656, 544, 613, 717, 675, 1047, 660, 625, 592, 360, 288, 360, 559,
  459, 274, 563, 614, 492, 614, 535, 369, 538, 635, 320, 300, 585, 310, 945, 645, 577, 614, 614, 471, 451,
  352, 635, 579, 862, 578, 565, 511, 428, 559, 428, 559,
];
/** Bold is up to 7% wider, and ơ/ư/Ơ/Ư up to 8% wider than their base letter. */
const WIDTH_SAFETY = 1.08;

/**
 * An upper bound of the width of `text` in points at `fontSize`, in Noto Serif of any face:
 * Vietnamese letters measure as their base letter (the marks sit above or below it).
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text.normalize('NFD')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue;
    if (code === 0x111 || code === 0x110) units += code === 0x111 ? 614 : 727;
    else units += ASCII_WIDTHS[code - 32] ?? 700;
  }
  return (units / 1000) * fontSize * WIDTH_SAFETY;
}

/** How many lines `text` takes when wrapped at spaces into `width` points (at least 1). */
export function estimateLines(text: string, fontSize: number, width: number): number {
  const space = estimateTextWidth(' ', fontSize);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = estimateTextWidth(word, fontSize);
    if (used > 0 && used + space + w <= width) {
      used += space + w;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than the line is cut across lines.
    lines += Math.max(0, Math.ceil(w / width) - 1);
    used = w > width ? w % width : w;
  }
  return lines;
}

/** Noto Serif's line height (ascent 1069 + descent 293 per 1000 em) at `fontSize`. */
export const lineHeight = (fontSize: number): number => fontSize * 1.362;

export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

function here(): string {
  // Bundled as CommonJS or ESM depending on the build; both give the folder of this file.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

let configuredFontsDir: string | undefined;

/**
 * Sets the fonts folder for every later render (undefined: search again). For a shell that
 * knows better than the search, e.g. Electron with `process.resourcesPath`.
 */
export function configureFontsDir(dir: string | undefined): void {
  configuredFontsDir = dir === undefined ? undefined : resolveFontsDir(dir);
}

/**
 * The `resources/fonts` folder: `override` (or the configured one) when given, else the first
 * found walking up from this file: src/main/documents in the source tree, out/main or
 * out/main/chunks when built, `app.asar/out/main` when packaged.
 */
export function resolveFontsDir(override = configuredFontsDir, start: string = here()): string {
  if (override !== undefined) {
    const dir = resolve(override);
    if (!existsSync(join(dir, FONT_FILES.normal))) throw new Error(`Không thấy phông chữ trong ${dir}`);
    return dir;
  }
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FONT_FILES.normal))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Không thấy thư mục resources/fonts (tìm từ ${start} trở lên)`);
}

/** NFC for one string; ASCII (most of a definition's keys and values) is returned untouched. */
const nfc = (text: string): string => (/[^\p{ASCII}]/u.test(text) ? text.normalize('NFC') : text);

/**
 * A copy of `value` with every string in NFC. Copying (rather than normalising in place) keeps
 * the caller's objects intact and gives pdfmake distinct nodes even where a builder reused one,
 * since pdfmake writes its measurements into the nodes it lays out.
 */
export function normalizeDefinition<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeDefinition(item)) as T;
  if (typeof value === 'function') {
    // header/footer callbacks build content at render time: normalise what they return (table
    // layout callbacks return numbers and colours, which pass through unchanged).
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => normalizeDefinition(fn(...args))) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = normalizeDefinition(item);
    return copy as T;
  }
  return value;
}

export type FontFace = keyof typeof FONT_FILES;

/**
 * Points the shared pdfmake instance at the bundled fonts, refuses every URL and every file but
 * the fonts, and returns the font files by face. pdfmake is one instance for the whole process,
 * so this runs right before each `createPdf`, which reads the settings at once: another module
 * configuring pdfmake differently cannot change what a render of ours loads.
 */
export function preparePdfmake(fontsDirOverride?: string): Record<FontFace, string> {
  const fontsDir = resolveFontsDir(fontsDirOverride);
  const fonts = Object.fromEntries(
    Object.entries(FONT_FILES).map(([face, file]) => [face, join(fontsDir, file)]),
  ) as Record<FontFace, string>;
  pdfmake().setUrlAccessPolicy(() => false);
  pdfmake().setLocalAccessPolicy((path) => resolve(path).startsWith(fontsDir + sep));
  pdfmake().setFonts({ [FONT_FAMILY]: fonts });
  return fonts;
}

/** The definition as pdfmake gets it: every text in NFC, Noto Serif unless a node says otherwise. */
export function finalDefinition(def: TDocumentDefinitions): TDocumentDefinitions {
  const normalized = normalizeDefinition(def);
  return {
    ...normalized,
    defaultStyle: { font: FONT_FAMILY, ...normalized.defaultStyle },
    info: { producer: 'Hội nghị', creator: 'Hội nghị', ...normalized.info },
  };
}

/** Renders a definition to PDF bytes with the bundled Noto Serif. */
export async function renderPdf(def: TDocumentDefinitions, fontsDirOverride?: string): Promise<Buffer> {
  preparePdfmake(fontsDirOverride);
  return pdfmake().createPdf(finalDefinition(def)).getBuffer();
}
