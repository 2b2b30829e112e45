import type { PdfKitDocument, PdfKitRef } from 'pdfmake';
import { pdfmake } from './libraries';
import { finalDefinition, preparePdfmake, type FontFace, type TDocumentDefinitions } from './pdf';

/**
 * Many copies of one document that differ only in a few short texts (ballots: the serial
 * number). pdfmake lays out and draws every page from scratch, which for 300 ballots of 40
 * names takes about ten seconds; here the template is laid out once, each of its pages becomes
 * a PDF form XObject, and every copy's page draws that form plus its own texts. The output looks
 * the same as rendering every copy with pdfmake, and is much smaller.
 *
 * This works on the pdfkit document pdfmake hands out (`getStream()`, pages kept in memory
 * with `bufferPages`) and uses pdfkit 0.19's page objects (content, resources, dictionary) and
 * page tree: tests/documents compare the result with a plain pdfmake render.
 */

/** Where a copy's text goes: just after the one-line text node `{ text, id }` of the template. */
export interface StampSlot {
  id: string;
  face: FontFace;
  fontSize: number;
}

export interface StampedCopy {
  /** Template page indexes (0-based) this copy is made of, in order. */
  pages: number[];
  /** Slot id → the text drawn after the slot's own text on the page that holds it. */
  texts: Record<string, string>;
}

interface SlotPlace {
  page: number;
  x: number;
  y: number;
  label: string;
}

interface NodeInfo {
  id?: string;
  text?: unknown;
  startPosition?: { pageNumber: number; left: number; top: number };
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

/** Moves a rendered page's drawing into a form XObject and leaves the page empty. */
function pageToForm(doc: PdfKitDocument, index: number): PdfKitRef {
  const page = doc.switchToPage(index);
  const form = page.content;
  Object.assign(form.data, {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [0, 0, page.width, page.height],
    Resources: page.resources,
  });
  form.end();
  page.resources.end();
  page.content = doc.ref();
  page.resources = doc.ref({ ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC', 'ImageI'] });
  page.dictionary.data.Contents = page.content;
  page.dictionary.data.Resources = page.resources;
  return form;
}

/**
 * Lays out `template` once, then writes the pages `copies` asks for (given the template's page
 * count), each drawing its template page plus, at each slot on it, that copy's text.
 */
export async function renderStamped(
  template: TDocumentDefinitions,
  slots: StampSlot[],
  copies: (templatePages: number) => StampedCopy[],
  fontsDirOverride?: string,
): Promise<Buffer> {
  const fonts = preparePdfmake(fontsDirOverride);
  const places = new Map<string, SlotPlace>();
  const wanted = new Set(slots.map((s) => s.id));
  const definition = {
    ...finalDefinition(template),
    // pdfmake's documented hook sees every laid-out node with its position; it breaks nothing.
    pageBreakBefore: (node: NodeInfo) => {
      const at = node.startPosition;
      if (node.id !== undefined && wanted.has(node.id) && at && typeof node.text === 'string')
        places.set(node.id, { page: at.pageNumber - 1, x: at.left, y: at.top, label: node.text });
      return false;
    },
  };
  const doc = await pdfmake().createPdf(definition, { bufferPages: true }).getStream();
  for (const slot of slots) if (!places.has(slot.id)) throw new Error(`Mẫu thiếu ô ${slot.id}`);

  const pageTree = doc._root.data.Pages.data as { Kids: PdfKitRef[]; Count: number };
  const templateCount = pageTree.Kids.length;
  const sizes = Array.from({ length: templateCount }, (_, i) => {
    const page = doc.switchToPage(i);
    return [page.width, page.height] as [number, number];
  });
  const forms = sizes.map((_, i) => pageToForm(doc, i));
  const reused = new Set<number>();
  const order: PdfKitRef[] = [];

  for (const copy of copies(templateCount)) {
    for (const t of copy.pages) {
      const size = sizes[t];
      const form = forms[t];
      if (!size || !form) throw new RangeError(`Mẫu không có trang ${t + 1}`);
      // A template page, emptied above, serves its first copy; later copies get new pages.
      if (reused.has(t)) {
        doc.addPage({ size, margin: 0 });
      } else {
        reused.add(t);
        doc.switchToPage(t);
        // New pdfkit pages start with this flip to top-down coordinates; this one starts empty.
        doc.addContent(`1 0 0 -1 0 ${size[1]} cm`);
      }
      const name = `Tpl${t + 1}`;
      doc.page.xobjects[name] = form;
      // Undo the page's flip: the form carries its own, recorded when it was drawn.
      doc.addContent(`q 1 0 0 -1 0 ${size[1]} cm /${name} Do Q`);
      for (const slot of slots) {
        const place = places.get(slot.id);
        const text = copy.texts[slot.id];
        if (!place || place.page !== t || text === undefined) continue;
        doc.font(fonts[slot.face]).fontSize(slot.fontSize).fillColor('black');
        const x = place.x + doc.widthOfString(`${place.label} `);
        doc.text(text.normalize('NFC'), x, place.y, { lineBreak: false });
      }
      order.push(doc.page.dictionary);
    }
  }
  // Copies come in the order given; a template page no copy uses stays out of the page tree.
  pageTree.Kids = order;
  pageTree.Count = order.length;
  return collect(doc);
}
