import { certificateTextRecord, type CertificateText } from '../../shared/certificates';
import { findConference } from '../conferences/queries';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { certificateMethods } from '../../shared/api/contract-certificates';
import type { templateMethods } from '../../shared/api/contract-templates';
import { exportFileName, writeExport } from '../exports/files';
import { checkAwards, type BatchProblem } from './check';
import { layoutCertificate, renderCalibration } from './engine';
import { runPrint } from './print';
import { defaultRunner, type PrintRunner } from './runner';
import { readAward, selectAwards, textDefaults, type BatchSelection, type SelectedAward } from './selection';
import { shippedTemplatesOnce, templateHandlers } from './templates/handlers';
import { bodyOf, readImages, readTemplate } from './templates/queries';
import { certificateText, SAMPLE_TEXT } from './text';

type CertificateHandlers = HandlersOf<typeof certificateMethods & typeof templateMethods>;

export interface CertificateOptions {
  /** Who draws batches; by default the built worker, or this thread where there is none. */
  runner?: PrintRunner;
  /** Told once which runner draws, for the shell's log. */
  log?: (message: string) => void;
}

const MAX_LISTED_PROBLEMS = 3;

/** Nothing is printed half-way without the user seeing why: the problems go back in the details. */
function problemsError(problems: BatchProblem[]): AppError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => p.message);
  if (problems.length > MAX_LISTED_PROBLEMS) {
    listed.push(`và ${problems.length - MAX_LISTED_PROBLEMS} vấn đề khác`);
  }
  return new AppError(
    'CONFLICT',
    `Chưa in: có ${problems.length} vấn đề cần xem lại trước khi in (${listed.join('; ')}).`,
    { problems },
  );
}

export function certificateHandlers(ctx: CoreContext, options: CertificateOptions = {}): CertificateHandlers {
  const { db } = ctx.store;
  const ready = shippedTemplatesOnce(ctx);
  /** Running batches by the caller's job id, so `jobs.cancel` can stop them. */
  const jobs = new Map<string, AbortController>();
  let runner: PrintRunner | null = options.runner ?? null;
  const pickRunner = (): PrintRunner => {
    if (runner === null) {
      const log = options.log ?? console.info;
      runner = defaultRunner(log);
      log(
        `Giấy khen: vẽ ${runner.kind === 'worker' ? 'trong luồng riêng' : 'trong luồng chính'} (${runner.kind}).`,
      );
    }
    return runner;
  };

  /** The batch with every certificate's text and the problems found before printing. */
  const prepare = async (selection: BatchSelection, findProblems = true) => {
    await ready();
    const template = await readTemplate(db, selection.templateId);
    const body = bodyOf(template);
    const awards = await selectAwards(db, selection);
    const defaults = await textDefaults(db, selection.conferenceId);
    return { template, body, awards, ...(await checkAwards(body, awards, defaults, { findProblems })) };
  };

  return {
    ...templateHandlers(ctx, ready),

    'certificates.preview': async ({ body, awardId }) => {
      let text: CertificateText = SAMPLE_TEXT;
      if (awardId !== null) {
        const award = await readAward(db, awardId);
        text = certificateText(award, await textDefaults(db, award.conferenceId));
      }
      return {
        widthMm: body.page.widthMm,
        heightMm: body.page.heightMm,
        fields: layoutCertificate(body, text),
        text: certificateTextRecord.parse(text),
      };
    },

    'certificates.check': async (selection) => {
      const { awards, problems } = await prepare(selection);
      return { count: awards.length, problems };
    },

    'certificates.print': async ({ acceptProblems, jobId, ...selection }) => {
      // Taken before the first await, so a second call with the same id cannot slip in.
      if (jobs.has(jobId)) throw new AppError('CONFLICT', 'Lệnh in này đang chạy.');
      const controller = new AbortController();
      jobs.set(jobId, controller);
      try {
        const { template, body, awards, checked, problems } = await prepare(selection, !acceptProblems);
        if (problems.length > 0 && !acceptProblems) throw problemsError(problems);
        return await runPrint(ctx, pickRunner(), controller, jobId, {
          template,
          body,
          images: await readImages(db, template.id),
          checked,
          fileStem: await fileStem(selection.conferenceId, awards),
        });
      } finally {
        jobs.delete(jobId);
      }
    },

    'certificates.calibration': async ({ id }) => {
      await ready();
      const template = await readTemplate(db, id);
      return writeExport({
        dir: ctx.exportsDir,
        files: ctx.files,
        fileName: exportFileName(`Can chinh - ${template.name}`, 'pdf', 'Can chinh'),
        rows: 1,
        write: (path) => renderCalibration(bodyOf(template), path),
      });
    },

    'jobs.cancel': ({ jobId }) => {
      const controller = jobs.get(jobId);
      if (!controller || controller.signal.aborted) return Promise.resolve({ cancelled: false });
      controller.abort();
      return Promise.resolve({ cancelled: true });
    },
  };

  /** The decision's number when the batch is one numbered decision's, else the conference's title. */
  async function fileStem(conferenceId: number, awards: readonly SelectedAward[]): Promise<string> {
    const first = awards[0];
    if (
      first &&
      first.decisionNumber.trim() !== '' &&
      awards.every((a) => a.decisionId === first.decisionId)
    ) {
      return first.decisionNumber;
    }
    const row = await findConference(db, conferenceId);
    return row?.title ?? '';
  }
}
