import type { PdfKitDocument } from 'pdfmake';
import { pdfmake } from '../documents/libraries';
import { writeFile } from 'node:fs/promises';
import { finalDefinition, preparePdfmake, type FontFace } from '../documents/pdf';
import type { ListModel } from './list-model';
import { planList } from './pdf-list-layout';
import { PAGE, RULE_WIDTH, type Measure, type PlannedPage } from './pdf-list-page';

/**
 * The honoree list as an A4 landscape PDF, from the same ListModel as the Excel list. The pages
 * are planned by pdf-list-layout.ts and drawn here onto the pdfkit document pdfmake hands out,
 * so the fonts, the file access policy and the document info are those of every other PDF
 * (documents/pdf.ts); documents/stamp.ts works the same way for the ballots.
 */

/** Word widths from the embedded fonts, remembered: a list repeats its words thousands of times. */
function measurer(doc: PdfKitDocument, fonts: Record<FontFace, string>): Measure {
  const cache = new Map<string, number>();
  let current: string | undefined;
  return (text, face, size) => {
    const key = `${face}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (current !== `${face}|${size}`) {
        doc.font(fonts[face]).fontSize(size);
        current = `${face}|${size}`;
      }
      width = doc.widthOfString(text);
      cache.set(key, width);
    }
    return width;
  };
}

const n = (value: number): string => value.toFixed(2);

function paint(doc: PdfKitDocument, pages: PlannedPage[], fonts: Record<FontFace, string>): void {
  pages.forEach((page, i) => {
    // pdfmake made the first page; pdfkit's new pages start with the same top-down coordinates.
    if (i > 0) doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    if (page.rules.length > 0) {
      // Every rule of the page in one path, stroked once: thousands of cell borders cost one
      // operator each instead of a graphics state change each.
      const path = page.rules.map((r) => `${n(r.x1)} ${n(r.y1)} m ${n(r.x2)} ${n(r.y2)} l`).join(' ');
      doc.addContent(`q ${RULE_WIDTH} w 0 G ${path} S Q`);
    }
    let face: FontFace | undefined;
    let size = 0;
    doc.fillColor('black');
    for (const run of page.texts) {
      if (run.face !== face || run.size !== size) {
        doc.font(fonts[run.face]).fontSize(run.size);
        [face, size] = [run.face, run.size];
      }
      if (run.text) doc.text(run.text, run.x, run.y, { lineBreak: false });
    }
  });
}

function collect(doc: PdfKitDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Renders the list to PDF bytes. */
export async function renderListPdf(model: ListModel, fontsDirOverride?: string): Promise<Buffer> {
  const fonts = preparePdfmake(fontsDirOverride);
  const definition = finalDefinition({
    content: [],
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: 0,
    info: { title: model.title },
    language: 'vi-VN',
  });
  const doc = await pdfmake().createPdf(definition).getStream();
  paint(doc, planList(model, measurer(doc, fonts)), fonts);
  return collect(doc);
}

/** Writes the list as an A4 landscape PDF to `path`. */
export async function writeListPdf(model: ListModel, path: string): Promise<void> {
  await writeFile(path, await renderListPdf(model));
}
