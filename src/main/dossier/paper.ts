import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import { annexHeading } from './annex-part';
import { A4, FONT, half, MARGINS, type FormStyle } from './layout';

/**
 * A Word paper: A4 portrait, the form's margins, Times New Roman, the page number centred at
 * the top from the second page on (Decree 30/2020 art. 14 of Phụ lục I; 36-HD/VPTW likewise).
 */

type Block = Paragraph | Table;

function pageNumberHeader(style: FormStyle): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: half(style.bodySize - 1) })],
      }),
    ],
  });
}

function section(style: FormStyle, children: Block[]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGINS, header: MARGINS.top / 2, footer: MARGINS.bottom / 2 },
      },
    },
    headers: { default: pageNumberHeader(style), first: new Header({ children: [] }) },
    children,
  };
}

export interface PaperParts {
  title: string;
  body: Block[];
  /** A list on pages of its own after the paper (the honoree annex). */
  annex?: Block[];
}

/** The .docx bytes of a template made of these parts. */
export async function paperBytes(style: FormStyle, parts: PaperParts): Promise<Buffer> {
  const sections = [section(style, parts.body)];
  if (parts.annex) sections.push(section(style, [...annexHeading(style), ...parts.annex]));
  const document = new Document({
    title: parts.title,
    creator: 'Hội nghị',
    styles: {
      default: {
        document: { run: { font: FONT, size: half(style.bodySize) } },
      },
    },
    sections,
  });
  return Packer.toBuffer(document);
}
