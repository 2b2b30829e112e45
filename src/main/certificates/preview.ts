import type { Kysely } from 'kysely';
import {
  certificateTextRecord,
  type CertificateTemplate,
  type CertificateText,
  type TemplateBody,
} from '../../shared/certificates';
import type { ExportedFile } from '../../shared/exports';
import type { CoreContext } from '../core/context';
import type { Database } from '../db/schema';
import { readDecision } from '../decisions/queries';
import { exportFileName, writeExport } from '../exports/files';
import { layoutCertificate, renderCalibration } from './engine';
import { readAward, textDefaults } from './selection';
import { bodyOf } from './templates/queries';
import { certificateText, SAMPLE_TEXT, sampleSourceFor } from './text';

/**
 * One certificate laid out as the editor shows it: a real honoree's text, the sample under a
 * chosen decision (what that decision's certificates will say around the name), or the sample.
 */
export async function previewCertificate(
  db: Kysely<Database>,
  body: TemplateBody,
  awardId: number | null,
  decisionId: number | null = null,
) {
  let text: CertificateText = SAMPLE_TEXT;
  if (awardId !== null) {
    const award = await readAward(db, awardId);
    text = certificateText(award, await textDefaults(db, award.conferenceId));
  } else if (decisionId !== null) {
    const decision = await readDecision(db, decisionId);
    text = certificateText(sampleSourceFor(decision), await textDefaults(db, decision.conferenceId));
  }
  return {
    widthMm: body.page.widthMm,
    heightMm: body.page.heightMm,
    fields: layoutCertificate(body, text),
    text: certificateTextRecord.parse(text),
  };
}

/** A page of the template's boxes and rulers, to line the printer up with the pre-printed paper. */
export function printCalibration(ctx: CoreContext, template: CertificateTemplate): Promise<ExportedFile> {
  return writeExport({
    dir: ctx.exportsDir,
    files: ctx.files,
    fileName: exportFileName('Căn chỉnh', template.name, 'pdf'),
    rows: 1,
    write: (path) => renderCalibration(bodyOf(template), path),
  });
}
