import type { z } from 'zod';
import type { batchPrintInput, CertificateTemplate, TemplateBody } from '../../shared/certificates';
import type { ExportedFile } from '../../shared/exports';
import { appendAudit } from '../audit/log';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import { resolveFontsDir } from '../documents/pdf';
import { exportFileName, writeExport } from '../exports/files';
import type { CheckedAward } from './check';
import type { PrintRunner } from './runner';
import type { TemplateImages } from './engine';

export type PrintInput = z.output<typeof batchPrintInput>;

export const CANCELLED_MESSAGE = 'Đã hủy in; chưa tạo tệp nào.';
export const JOB_LABEL = 'certificates.jobLabel';
/** The status line moves at most this often: 2,000 pages must not mean 2,000 IPC messages. */
const PROGRESS_INTERVAL_MS = 100;

export interface PrintBatch {
  template: CertificateTemplate;
  body: TemplateBody;
  images: TemplateImages;
  checked: CheckedAward[];
  /** For the file name: the decision's number when the batch is one decision's, else the title. */
  fileStem: string;
}

/** Follows one job: throttled progress, and a final `finished` whatever happens. */
function progressReporter(ctx: CoreContext, jobId: string, total: number) {
  let done = 0;
  let lastSent = 0;
  const send = (finished: boolean) => {
    lastSent = Date.now();
    ctx.events.emit({ type: 'job.progress', jobId, label: JOB_LABEL, done, total, finished });
  };
  return {
    start: () => send(false),
    step: (count: number) => {
      done = Math.min(count, total);
      if (Date.now() - lastSent >= PROGRESS_INTERVAL_MS) send(false);
    },
    finish: (completed: boolean) => {
      if (completed) done = total;
      send(true);
    },
  };
}

/**
 * Draws the batch into the exports folder and records each certificate printed. The file
 * appears only when complete (writeExport), and the records only with the file, so a
 * cancelled or failed batch leaves neither.
 */
export async function runPrint(
  ctx: CoreContext,
  runner: PrintRunner,
  controller: AbortController,
  jobId: string,
  batch: PrintBatch,
): Promise<ExportedFile> {
  const { signal } = controller;
  const total = batch.checked.length;
  const progress = progressReporter(ctx, jobId, total);
  progress.start();
  let completed = false;
  try {
    const file = await writeExport({
      dir: ctx.exportsDir,
      files: ctx.files,
      fileName: exportFileName(`Giay khen - ${batch.fileStem}`, 'pdf', 'Giay khen'),
      rows: total,
      write: async (path) => {
        const job = {
          body: batch.body,
          texts: batch.checked.map((c) => c.text),
          images: batch.images,
          path,
          fontsDir: resolveFontsDir(),
        };
        try {
          await runner.run(job, { signal, onProgress: progress.step });
        } catch (error) {
          if (signal.aborted) throw new AppError('CONFLICT', CANCELLED_MESSAGE);
          throw error;
        }
        // A cancel that arrives as the last page is drawn still wins: nothing was recorded yet.
        if (signal.aborted) throw new AppError('CONFLICT', CANCELLED_MESSAGE);
      },
    });
    const printedAt = ctx.now().toISOString();
    await ctx.store.db.transaction().execute(async (trx) => {
      // In slices: one statement per award would be slow, one for 2,000 would bind 10,000 values.
      for (let i = 0; i < total; i += 500) {
        await trx
          .insertInto('certificate_prints')
          .values(
            batch.checked.slice(i, i + 500).map(({ award }) => ({
              award_id: award.awardId,
              template_id: batch.template.id,
              template_version: batch.template.version,
              job_id: jobId,
              printed_at: printedAt,
            })),
          )
          .execute();
      }
      // One row per print job, with its counts: the prints table already holds each certificate.
      for (const conferenceId of new Set(batch.checked.map((c) => c.award.conferenceId))) {
        const mine = batch.checked.filter((c) => c.award.conferenceId === conferenceId);
        await appendAudit(trx, printedAt, {
          conferenceId,
          entity: 'certificate',
          entityId: null,
          action: 'print',
          detail: file.fileName,
          after: {
            certificates: mine.length,
            decisions: new Set(mine.map((c) => c.award.decisionId)).size,
            template: batch.template.name,
            templateVersion: batch.template.version,
            jobId,
          },
        });
      }
    });
    completed = true;
    for (const conferenceId of new Set(batch.checked.map((c) => c.award.conferenceId))) {
      ctx.events.emit({ type: 'decisions.changed', conferenceId });
    }
    return file;
  } finally {
    progress.finish(completed);
  }
}
