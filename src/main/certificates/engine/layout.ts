import type { CertificateText, FieldLayout, TemplateBody, TemplateField } from '../../../shared/certificates';
import { fitText, blockHeight, LINE_HEIGHT } from './fit';
import { EXTENT_ABOVE, fontMeasure, type TextWidth } from './fonts';
import { mmToPt, ptToMm } from './units';

/**
 * Where each enabled field of a template goes for one certificate's text, in millimetres from
 * the sheet's top-left corner: the field's box, the size it shrank to, and each line's left edge
 * and baseline. The preview draws this, and render.ts draws the very same numbers in points.
 */

export const MOTTO_STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
export const MOTTO_PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const DEFAULT_TANG = 'TẶNG';

export interface LayoutOptions {
  /**
   * Apply the template's printer offset and scale (body.offset). The preview shows the design
   * as placed on the sheet; only printing (and the calibration page) moves it for the printer.
   */
  forPrint?: boolean;
  /** Text widths in points; the bundled fonts' real metrics unless a test gives its own. */
  measure?: TextWidth;
}

/** What a field prints for one certificate (empty for the emblem, an image). */
export function fieldText(field: TemplateField, body: TemplateBody, text: CertificateText): string {
  switch (field.key) {
    case 'emblem':
      return '';
    case 'motto':
      return body.partyHeader ? MOTTO_PARTY : MOTTO_STATE;
    case 'tang':
      return field.text.trim() === '' ? DEFAULT_TANG : field.text;
    case 'registerNumber':
      return text.registerNumber.trim() === '' ? '' : field.text + text.registerNumber;
    default:
      return text[field.key];
  }
}

/** The field's box and sizes, moved and scaled for the printer when asked. */
export function placedField(field: TemplateField, body: TemplateBody, forPrint: boolean): TemplateField {
  if (!forPrint) return field;
  const { xMm, yMm, scale } = body.offset;
  return {
    ...field,
    x: field.x * scale + xMm,
    y: field.y * scale + yMm,
    width: field.width * scale,
    height: field.height * scale,
    size: field.size * scale,
    minSize: field.minSize * scale,
  };
}

function layoutField(field: TemplateField, content: string, measure: TextWidth): FieldLayout {
  const widthPt = mmToPt(field.width);
  const heightPt = mmToPt(field.height);
  const fit = fitText(content, field, widthPt, heightPt, measure);
  const block = blockHeight(fit.lines.length, fit.size);
  // The lines are centred in the box's height; when they cannot fit they start at its top, so
  // the clipped part is the end rather than the beginning.
  const topPt = Math.max(0, (heightPt - block) / 2);
  const lines = fit.lines.map((line, i) => {
    const free = widthPt - line.width;
    const dx = field.align === 'left' ? 0 : field.align === 'center' ? free / 2 : free;
    const baselinePt = topPt + EXTENT_ABOVE * fit.size + i * LINE_HEIGHT * fit.size;
    return {
      text: line.text,
      x: field.x + ptToMm(dx),
      baseline: field.y + ptToMm(baselinePt),
      width: ptToMm(line.width),
    };
  });
  return {
    key: field.key,
    x: field.x,
    y: field.y,
    width: field.width,
    height: field.height,
    font: field.font,
    size: fit.size,
    color: field.color,
    align: field.align,
    lines,
    overflows: fit.overflows,
  };
}

/** Every enabled field laid out, in the template's order. */
export function layoutFields(
  body: TemplateBody,
  text: CertificateText,
  options: LayoutOptions = {},
): FieldLayout[] {
  const measure = options.measure ?? fontMeasure();
  const forPrint = options.forPrint ?? false;
  return body.fields
    .filter((f) => f.enabled)
    .map((f) => layoutField(placedField(f, body, forPrint), fieldText(f, body, text), measure));
}
