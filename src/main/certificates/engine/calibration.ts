import type PDFDocument from 'pdfmake/js/PDFDocument';
import type { FieldKey, TemplateBody } from '../../../shared/certificates';
import { placedField } from './layout';
import { newCertificateDocument, pageSize, streamTo } from './render';
import { mmToPt } from './units';

/**
 * The test sheet for lining a printer up with pre-printed blanks: printed on plain paper and
 * held against a blank, its millimetre grid shows how far off the printer is, and the crosshair
 * at each field's top-left corner (printer offset and scale applied, as when printing) shows
 * where each text will start.
 */

export const FIELD_LABELS: Record<FieldKey, string> = {
  emblem: 'Quốc huy / biểu tượng',
  motto: 'Quốc hiệu, tiêu ngữ',
  issuer: 'Cấp khen',
  tang: 'TẶNG',
  formTitle: 'Hình thức khen',
  recipient: 'Người nhận',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decisionLine: 'Quyết định',
  registerNumber: 'Số sổ vàng',
  datedLine: 'Địa danh, ngày tháng',
  signerCapacity: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
};

const LIGHT = '#d4d4d4';
const DARK = '#8a8a8a';
const MARK = '#d00000';
const CROSS_MM = 4;

function grid(doc: PDFDocument, widthMm: number, heightMm: number): void {
  // Every 5 mm light, every 10 mm darker: a 1 mm grid is too dense to read on paper.
  for (const [step, colour, width] of [
    [5, LIGHT, 0.25],
    [10, DARK, 0.4],
  ] as const) {
    doc.save().lineWidth(width).strokeColor(colour);
    for (let x = step; x < widthMm; x += step)
      if (step === 10 || x % 10 !== 0) doc.moveTo(mmToPt(x), 0).lineTo(mmToPt(x), mmToPt(heightMm));
    for (let y = step; y < heightMm; y += step)
      if (step === 10 || y % 10 !== 0) doc.moveTo(0, mmToPt(y)).lineTo(mmToPt(widthMm), mmToPt(y));
    doc.stroke().restore();
  }
  doc.font('serif').fontSize(6).fillColor('#404040');
  for (let x = 10; x < widthMm; x += 10)
    doc.text(String(x), mmToPt(x) + 1, mmToPt(3), { lineBreak: false, baseline: 'alphabetic' });
  for (let y = 10; y < heightMm; y += 10)
    doc.text(String(y), 2, mmToPt(y) - 1.5, { lineBreak: false, baseline: 'alphabetic' });
}

function crosshair(doc: PDFDocument, xMm: number, yMm: number, label: string): void {
  const [x, y, r] = [mmToPt(xMm), mmToPt(yMm), mmToPt(CROSS_MM)];
  doc.save().lineWidth(0.6).strokeColor(MARK);
  doc
    .moveTo(x - r, y)
    .lineTo(x + r, y)
    .moveTo(x, y - r)
    .lineTo(x, y + r)
    .stroke();
  doc.restore();
  doc.font('serif').fontSize(7).fillColor(MARK);
  // Inside the box, just under its top edge, so labels of stacked fields do not collide.
  doc.text(label, x + 2, y + 8, { lineBreak: false, baseline: 'alphabetic' });
}

/** Writes the one-page test sheet of `body` to `path`. */
export async function renderCalibration(body: TemplateBody, path: string, fontsDir?: string): Promise<void> {
  const doc = newCertificateDocument('Trang thử căn lề', fontsDir);
  const { finished } = streamTo(doc, path);
  const { widthMm, heightMm } = body.page;
  doc.addPage({ size: pageSize(body), margin: 0 });
  grid(doc, widthMm, heightMm);
  for (const field of body.fields) {
    if (!field.enabled) continue;
    const placed = placedField(field, body, true);
    // The box's outline too, thin, so a field's whole extent can be checked against the blank.
    doc.save().lineWidth(0.3).strokeColor(MARK);
    doc.rect(mmToPt(placed.x), mmToPt(placed.y), mmToPt(placed.width), mmToPt(placed.height)).stroke();
    doc.restore();
    crosshair(doc, placed.x, placed.y, FIELD_LABELS[field.key]);
  }
  const { xMm, yMm, scale } = body.offset;
  const note = `Trang thử căn lề: ${body.name} · ${widthMm} × ${heightMm} mm · lệch ngang ${xMm} mm, lệch dọc ${yMm} mm, tỉ lệ ${scale}`;
  doc.font('serif_italic').fontSize(8).fillColor('#202020');
  doc.text(note.normalize('NFC'), mmToPt(12), mmToPt(heightMm - 4), {
    lineBreak: false,
    baseline: 'alphabetic',
  });
  doc.end();
  await finished;
}
