import type PDFDocument from 'pdfmake/js/PDFDocument';
import type { PdfKitImage } from 'pdfmake/js/PDFDocument';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CertificateText, FieldLayout, TemplateBody } from '../../../shared/certificates';
import { FieldPainter } from './draw';
import { createDocument, documentMeasure } from './fonts';
import { layoutFields } from './layout';
import { mmToPt } from './units';

/**
 * The batch PDF: one page per certificate, drawn straight onto a pdfkit document (as
 * documents/stamp.ts and exports/pdf-list.ts do, for speed) and streamed to a file, so memory
 * stays flat however many pages there are. The background is opened once and every page refers
 * to the same image object, so it is embedded once. pdfkit embeds each font as a subset.
 */

export interface TemplateImages {
  background: Buffer | null;
  emblem: Buffer | null;
}

export interface RenderOptions {
  /** Called after each certificate page is drawn, with how many are done. */
  onProgress?: (done: number) => void;
  /** Stops between pages; the promise then rejects with an AbortError and nothing is kept. */
  signal?: AbortSignal;
  /** Fonts folder override (tests); the app's resources/fonts otherwise. */
  fontsDir?: string;
}

export const PDF_TITLE = 'Giấy khen';

/** The PDF document for a template's sheets: fonts registered, no page yet. */
export function newCertificateDocument(title: string, fontsDir?: string): PDFDocument {
  return createDocument(
    {
      autoFirstPage: false,
      margin: 0,
      compress: true,
      lang: 'vi-VN',
      displayTitle: true,
      info: { Title: title, Creator: 'Hội nghị', Producer: 'Hội nghị' },
    },
    fontsDir,
  );
}

export function pageSize(body: TemplateBody): [number, number] {
  return [mmToPt(body.page.widthMm), mmToPt(body.page.heightMm)];
}

/** The emblem, as large as fits its box, centred ("contain"). */
function drawImage(doc: PDFDocument, image: PdfKitImage, field: FieldLayout): void {
  const [x, y, w, h] = [mmToPt(field.x), mmToPt(field.y), mmToPt(field.width), mmToPt(field.height)];
  doc.image(image, x, y, { fit: [w, h], align: 'center', valign: 'center' });
}

function abortError(): Error {
  const error = new Error('Đã hủy tạo tệp giấy khen');
  error.name = 'AbortError';
  return error;
}

/** Stops writing and waits until the file is closed, so the caller can delete it. */
async function discard(doc: PDFDocument, out: WriteStream): Promise<void> {
  doc.unpipe(out);
  doc.destroy();
  if (!out.closed) {
    const closed = once(out, 'close').catch(() => undefined);
    out.destroy();
    await closed;
  }
}

/** Pipes `doc` into a new file at `path`; `finished` settles when the file is complete. */
export function streamTo(doc: PDFDocument, path: string): { out: WriteStream; finished: Promise<void> } {
  const out = createWriteStream(path);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  // A failure before the end is reported by the drawing code; this keeps it from being unhandled.
  finished.catch(() => undefined);
  doc.pipe(out);
  return { out, finished };
}

/** Writes one page per text to `path`: the background when printed, the emblem, every field. */
export async function renderCertificates(
  body: TemplateBody,
  texts: readonly CertificateText[],
  images: TemplateImages,
  path: string,
  options: RenderOptions = {},
): Promise<void> {
  if (texts.length === 0) throw new Error('Không có giấy khen nào để in');
  if (options.signal?.aborted) throw abortError();
  const doc = newCertificateDocument(PDF_TITLE, options.fontsDir);
  const { out, finished } = streamTo(doc, path);
  const size = pageSize(body);
  try {
    const measure = documentMeasure(doc);
    const painter = new FieldPainter(doc, size[1]);
    const background = body.printBackground && images.background ? doc.openImage(images.background) : null;
    const emblemField = body.fields.some((f) => f.key === 'emblem' && f.enabled);
    const emblem = emblemField && images.emblem ? doc.openImage(images.emblem) : null;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i];
      if (!text) continue;
      doc.addPage({ size, margin: 0 });
      if (background) doc.image(background, 0, 0, { width: size[0], height: size[1] });
      for (const field of layoutFields(body, text, { forPrint: true, measure })) {
        if (field.key !== 'emblem') painter.paint(field);
        else if (emblem) drawImage(doc, emblem, field);
      }
      options.onProgress?.(i + 1);
      // Lets the file take what was written (pdfkit pushes each finished page) and an abort
      // arrive: the drawing itself never waits.
      if (out.writableNeedDrain) await once(out, 'drain');
      else if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw abortError();
    }
    doc.end();
    await finished;
  } catch (error) {
    await discard(doc, out);
    throw error;
  }
}
