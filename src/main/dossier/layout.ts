/**
 * The layout of the Word documents, as pure numbers: Decree 30/2020/NĐ-CP (Phụ lục I) for State
 * bodies, Hướng dẫn 36-HD/VPTW (Phụ lục 3) for Party bodies. docs/documents.md gives the rules
 * with their sources; the builders in shipped-*.ts only read them from here.
 */

/** Word measures in twentieths of a point; 1 mm = 1440 / 25.4 twips. */
export const twips = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 in twips, as Word writes it for 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Inside the allowed ranges (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const MARGINS = {
  top: twips(MARGINS_MM.top),
  bottom: twips(MARGINS_MM.bottom),
  left: twips(MARGINS_MM.left),
  right: twips(MARGINS_MM.right),
} as const;

/** The width between the margins, in twips (165 mm). */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

export const FONT = 'Times New Roman';

export type Letterhead = 'state' | 'party';

/** Sizes in points for each part of the form; `half` converts to the half-points docx wants. */
export interface FormStyle {
  letterhead: Letterhead;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (State) or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party). */
  nationSize: number;
  /** "Độc lập - Tự do - Hạnh phúc" (State only). */
  mottoSize: number;
  issuerSize: number;
  numberSize: number;
  /** "Số: 12/QĐ-UBND" (State) or "Số 12-QĐ/ThU" (Party, no colon). */
  numberPrefix: string;
  dateSize: number;
  typeSize: number;
  subjectSize: number;
  bodySize: number;
  tableSize: number;
  /** "Nơi nhận:": bold italic 12 (State), underlined 14 (Party). */
  recipientsLabel: { size: number; bold: boolean; italics: boolean; underline: boolean };
  recipientsSize: number;
  signatureSize: number;
  /** First-line indent of body paragraphs, mm (1–1.27 cm). */
  indentMm: number;
  /** Space after a body paragraph, points (at least 6 pt). */
  paragraphAfter: number;
  /** Line spacing as a multiple of single (1 to 1.5). */
  lineSpacing: number;
}

export const STATE_STYLE: FormStyle = {
  letterhead: 'state',
  nationSize: 12,
  mottoSize: 13,
  issuerSize: 12,
  numberSize: 13,
  numberPrefix: 'Số: ',
  dateSize: 14,
  typeSize: 14,
  subjectSize: 14,
  bodySize: 14,
  tableSize: 12,
  recipientsLabel: { size: 12, bold: true, italics: true, underline: false },
  recipientsSize: 11,
  signatureSize: 14,
  indentMm: 12.7,
  paragraphAfter: 6,
  lineSpacing: 1.15,
};

export const PARTY_STYLE: FormStyle = {
  letterhead: 'party',
  nationSize: 15,
  mottoSize: 15,
  issuerSize: 14,
  numberSize: 14,
  numberPrefix: 'Số ',
  dateSize: 14,
  typeSize: 16,
  subjectSize: 14,
  bodySize: 14,
  tableSize: 12,
  recipientsLabel: { size: 14, bold: false, italics: false, underline: true },
  recipientsSize: 12,
  signatureSize: 14,
  indentMm: 12.7,
  paragraphAfter: 6,
  lineSpacing: 1.15,
};

export const formStyle = (letterhead: Letterhead): FormStyle =>
  letterhead === 'party' ? PARTY_STYLE : STATE_STYLE;

/** docx sizes are half-points. */
export const half = (points: number): number => Math.round(points * 2);

/** docx line spacing "auto" is in 240ths of a line. */
export const lineRule = (multiple: number): number => Math.round(multiple * 240);

/**
 * The heading table reaches 5 mm into each side margin, as the forms' own Word files do: the
 * council's name (12 pt bold) and the national name beside it need about 170 mm together in
 * LibreOffice, whose Vietnamese letters come out a little wider than Word's.
 */
export const HEADING_OUTDENT = twips(5);
export const HEADING_WIDTH = TEXT_WIDTH + 2 * HEADING_OUTDENT;
