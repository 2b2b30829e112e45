/**
 * The pdfkit document class as pdfmake 0.3 ships it (`pdfmake/js/PDFDocument`, a subclass of
 * pdfkit 0.19's PDFDocument), reached through pdfmake, which is the declared dependency. The
 * certificate engine needs it synchronously (layout measures text while the preview is being
 * edited), which `pdfmake.createPdf(...).getStream()` is not. Only what the engine uses is typed.
 */
declare module 'pdfmake/js/PDFDocument' {
  import { Readable } from 'node:stream';

  /** An image opened once with `openImage` and drawn on many pages: embedded once. */
  export interface PdfKitImage {
    width: number;
    height: number;
  }

  export interface PdfKitTextOptions {
    lineBreak?: boolean;
    /** 'alphabetic': `y` is the baseline rather than the top of the line. */
    baseline?: 'alphabetic' | 'top';
  }

  export interface PdfKitImageOptions {
    width?: number;
    height?: number;
    fit?: [number, number];
    align?: 'left' | 'center' | 'right';
    valign?: 'top' | 'center' | 'bottom';
  }

  export interface PdfKitDocumentOptions {
    size?: [number, number];
    margin?: number;
    autoFirstPage?: boolean;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Author?: string; Creator?: string; Producer?: string };
  }

  /** A glyph's placement from fontkit, in 1/1000 em (pdfkit's EmbeddedFont scales it so). */
  export interface PdfKitGlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
    advanceWidth: number;
  }

  /**
   * pdfkit's embedded font (`doc._font` after `doc.font(name)`): its resource name, its PDF
   * object, and `encode`, which adds the glyphs to the subset and gives their hex ids.
   */
  export interface PdfKitFont {
    id: string;
    ref(): object;
    encode(text: string): [string[], PdfKitGlyphPosition[]];
  }

  export default class PDFDocument extends Readable {
    /** The current font; see PdfKitFont. */
    _font: PdfKitFont;
    page: { height: number; readonly fonts: Record<string, object> };
    addContent(operators: string): this;
    constructor(
      fonts: Record<string, never>,
      images: Record<string, never>,
      patterns: Record<string, never>,
      attachments: Record<string, never>,
      options: PdfKitDocumentOptions,
    );
    registerFont(name: string, src: string): this;
    font(name: string): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, x: number, y: number, options?: PdfKitTextOptions): this;
    save(): this;
    restore(): this;
    rect(x: number, y: number, width: number, height: number): this;
    clip(): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    stroke(): this;
    openImage(src: Buffer): PdfKitImage;
    image(src: PdfKitImage, x: number, y: number, options?: PdfKitImageOptions): this;
    addPage(options: { size: [number, number]; margin: number }): this;
    end(): void;
  }
}
