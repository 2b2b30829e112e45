import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { certificateMethods } from '../../shared/api/contract-certificates';
import type { templateMethods } from '../../shared/api/contract-templates';
import { previewCertificate, printCalibration } from './preview';
import { printJobs, type CertificateOptions } from './print-jobs';
import { shippedTemplatesOnce, templateHandlers } from './templates/handlers';
import { readTemplate } from './templates/queries';

export type { CertificateOptions } from './print-jobs';

type CertificateHandlers = HandlersOf<typeof certificateMethods & typeof templateMethods>;

export function certificateHandlers(ctx: CoreContext, options: CertificateOptions = {}): CertificateHandlers {
  const { db } = ctx.store;
  const ready = shippedTemplatesOnce(ctx);
  const jobs = printJobs(ctx, options);

  return {
    ...templateHandlers(ctx, ready),

    'certificates.preview': ({ body, awardId, decisionId }) =>
      previewCertificate(db, body, awardId, decisionId),

    'certificates.check': async (selection) => {
      await ready();
      return ctx.jobs.run('certificates.check', selection, ctx.store);
    },

    'certificates.print': async (input) => {
      await ready();
      return jobs.print(input);
    },

    'certificates.calibration': async ({ id }) => {
      await ready();
      return printCalibration(ctx, await readTemplate(db, id));
    },

    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
