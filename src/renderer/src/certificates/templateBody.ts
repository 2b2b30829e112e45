import type { CertificateTemplate, TemplateBody } from '../../../shared/certificates';

/** The editable part of a stored template, which is what templates.save and the preview take. */
export function bodyOf(template: CertificateTemplate): TemplateBody {
  const { name, page, partyHeader, fields, printBackground, offset } = template;
  return { name, page, partyHeader, fields, printBackground, offset };
}

/** Bodies are small plain data, so comparing their JSON tells whether anything is unsaved. */
export const sameBody = (a: TemplateBody, b: TemplateBody): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
