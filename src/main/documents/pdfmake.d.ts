/**
 * The part of pdfmake 0.3's server build (`require('pdfmake')`, a ready instance) that the
 * documents use. pdfmake ships no types, and @types/pdfmake describes 0.2.
 */
declare module 'pdfmake' {
  interface FontFaces {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  /** A PDF object of the pdfkit document (pdfkit 0.19's PDFReference). */
  interface PdfKitRef {
    data: Record<string, unknown>;
    end(chunk?: string): void;
  }

  /** A page of the pdfkit document; used by documents/stamp.ts, which explains why. */
  interface PdfKitPage {
    width: number;
    height: number;
    content: PdfKitRef;
    resources: PdfKitRef;
    dictionary: PdfKitRef;
    readonly xobjects: Record<string, PdfKitRef>;
  }

  /** The pdfkit document pdfmake lays out into (a readable stream of the PDF bytes). */
  interface PdfKitDocument {
    page: PdfKitPage;
    _root: { data: { Pages: PdfKitRef } };
    ref(data?: Record<string, unknown>): PdfKitRef;
    addPage(options: { size: [number, number]; margin: number }): PdfKitDocument;
    switchToPage(index: number): PdfKitPage;
    addContent(operators: string): PdfKitDocument;
    font(src: string): PdfKitDocument;
    fontSize(size: number): PdfKitDocument;
    fillColor(color: string): PdfKitDocument;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options: { lineBreak: boolean }): PdfKitDocument;
    on(event: 'data', listener: (chunk: Buffer) => void): PdfKitDocument;
    on(event: 'end', listener: () => void): PdfKitDocument;
    on(event: 'error', listener: (error: Error) => void): PdfKitDocument;
    end(): void;
  }

  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
    getStream(): Promise<PdfKitDocument>;
  }

  interface PdfMake {
    setFonts(fonts: Record<string, FontFaces>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(definition: object, options?: { bufferPages?: boolean }): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
  export type { PdfKitDocument, PdfKitPage, PdfKitRef };
}
