import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type Pdfmake from 'pdfmake';
import type PDFDocumentClass from 'pdfmake/js/PDFDocument';
import type QRCode from 'qrcode';

/**
 * The heavy document libraries, loaded on first use rather than when the core starts: exceljs
 * alone takes about 0.25 s to load and pdfmake (with PDFKit) 0.1 s, while listing conferences
 * needs neither. (The Word libraries load with the dossier's handlers: app/deferred-handlers.ts.) Files use them through these getters, and import their types as usual.
 */
const load = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

let excel: typeof ExcelJS | undefined;
let pdf: typeof Pdfmake | undefined;
let pdfDocument: typeof PDFDocumentClass | undefined;
let qr: typeof QRCode | undefined;

export const excelJs = (): typeof ExcelJS => (excel ??= load('exceljs') as typeof ExcelJS);

/** pdfmake's server build: one ready instance, configured once by documents/pdf.ts. */
export const pdfmake = (): typeof Pdfmake => (pdf ??= load('pdfmake') as typeof Pdfmake);

/** pdfmake's PDFKit document class, for measuring and drawing text directly. */
export const pdfDocumentClass = (): typeof PDFDocumentClass =>
  (pdfDocument ??= (load('pdfmake/js/PDFDocument') as { default: typeof PDFDocumentClass }).default);

/** The QR code encoder, for the electronic voting slips. */
export const qrCode = (): typeof QRCode => (qr ??= load('qrcode') as typeof QRCode);
