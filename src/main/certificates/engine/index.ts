import type { CertificateText, FieldLayout, TemplateBody } from '../../../shared/certificates';
import { layoutFields, type LayoutOptions } from './layout';

/**
 * The certificate engine: pure layout in millimetres with shrink-to-fit (layout.ts, fit.ts,
 * fonts.ts, units.ts), the batch PDF (render.ts), the printer test sheet (calibration.ts) and the
 * shipped templates (shipped.ts).
 */

export { renderCertificates, type RenderOptions, type TemplateImages } from './render';
export { renderCalibration, FIELD_LABELS } from './calibration';
export { SHIPPED_TEMPLATES } from './shipped';
export { fieldText, type LayoutOptions } from './layout';
export { mmToPt, ptToMm } from './units';

/**
 * Where every field goes and at which size, for one certificate's text: the design as placed
 * on the sheet, for the preview. `{ forPrint: true }` applies the printer offset and scale.
 */
export function layoutCertificate(
  body: TemplateBody,
  text: CertificateText,
  options: Pick<LayoutOptions, 'forPrint'> = {},
): FieldLayout[] {
  return layoutFields(body, text, options);
}
