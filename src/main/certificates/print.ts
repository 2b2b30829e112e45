import { rmSync } from 'node:fs';
import type { z } from 'zod';
import type { batchPrintInput } from '../../shared/certificates';
import type { ExportedFile } from '../../shared/exports';
import { appendAudit } from '../audit/log';
import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import { resolveFontsDir } from '../documents/pdf';
import { placeStaged } from '../exports/staged';
import { CANCELLED_MESSAGE } from './batch';
import type { PrintRunner } from './runner';
import type { PrintedBatch } from './worker-protocol';
import { transact } from '../db/transact';

export type PrintInput = z.output<typeof batchPrintInput>;

export const JOB_LABEL = 'certificates.jobLabel';
/** The status line moves at most this often: 2,000 pages must not mean 2,000 IPC messages. */
const PROGRESS_INTERVAL_MS = 100;
/** Prints recorded per statement: one per award would be slow, one for 2,000 would bind 10,000 values. */
const RECORD_SLICE = 250;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Follows one job from the moment its size is known: throttled progress, and a final `finished`. */
function progressReporter(ctx: CoreContext, jobId: string) {
  let total: number | null = null;
  let done = 0;
  let lastSent = 0;
  const send = (finished: boolean) => {
    if (total === null) return;
    lastSent = Date.now();
    ctx.events.emit({ type: 'job.progress', jobId, label: JOB_LABEL, done, total, finished });
  };
  return {
    start: (size: number) => {
      total = size;
      send(false);
    },
    step: (count: number) => {
      done = Math.min(count, total ?? 0);
      if (Date.now() - lastSent >= PROGRESS_INTERVAL_MS) send(false);
    },
    /** Says nothing for a batch refused before its size was known (nothing selected, problems). */
    finish: (completed: boolean) => {
      if (completed && total !== null) done = total;
      send(true);
    },
  };
}

/**
 * Records each certificate printed, and one audit row per conference with its counts (the
 * prints table already holds each certificate), in one transaction. Between slices the thread
 * answers other calls: the transaction keeps the writer, and reads go on the read-only connection.
 */
async function recordPrints(ctx: CoreContext, jobId: string, batch: PrintedBatch, fileName: string) {
  const printedAt = ctx.now().toISOString();
  const { template, awards } = batch;
  await transact(ctx.store.db, async (trx) => {
    for (let i = 0; i < awards.length; i += RECORD_SLICE) {
      if (i > 0) await breathe();
      await trx
        .insertInto('certificate_prints')
        .values(
          awards.slice(i, i + RECORD_SLICE).map(({ awardId }) => ({
            award_id: awardId,
            template_id: template.id,
            template_version: template.version,
            job_id: jobId,
            printed_at: printedAt,
          })),
        )
        .execute();
    }
    for (const conferenceId of new Set(awards.map((a) => a.conferenceId))) {
      const mine = awards.filter((a) => a.conferenceId === conferenceId);
      await appendAudit(trx, printedAt, {
        conferenceId,
        entity: 'certificate',
        entityId: null,
        action: 'print',
        detail: fileName,
        after: {
          certificates: mine.length,
          decisions: new Set(mine.map((a) => a.decisionId)).size,
          template: template.name,
          templateVersion: template.version,
          jobId,
        },
      });
    }
  });
}

/**
 * Prints the batch: the runner reads, checks and draws it (in the print worker), the file is
 * put in place, and each certificate is recorded. The records come only with the file, so a
 * cancelled or failed batch leaves neither.
 */
export async function runPrint(
  ctx: CoreContext,
  runner: PrintRunner,
  controller: AbortController,
  { acceptProblems, jobId, ...selection }: PrintInput,
): Promise<ExportedFile> {
  const { signal } = controller;
  const cancelled = () => new AppError('CONFLICT', CANCELLED_MESSAGE);
  const progress = progressReporter(ctx, jobId);
  let completed = false;
  try {
    let batch: PrintedBatch;
    try {
      batch = await runner.print(
        {
          databasePath: ctx.store.address,
          request: { selection, acceptProblems, exportsDir: ctx.exportsDir },
          fontsDir: resolveFontsDir(),
        },
        {
          signal,
          onPrepared: progress.start,
          onProgress: progress.step,
        },
      );
    } catch (error) {
      if (signal.aborted) throw cancelled();
      throw error;
    }
    // A cancel that arrives as the last page is drawn still wins: nothing was recorded yet.
    if (signal.aborted) {
      rmSync(batch.staged.staged, { force: true });
      throw cancelled();
    }
    const file = await placeStaged(
      ctx.exportsDir,
      ctx.files,
      () => Promise.resolve(batch.staged),
      'Giấy khen.pdf',
    );
    await recordPrints(ctx, jobId, batch, file.fileName);
    completed = true;
    for (const conferenceId of new Set(batch.awards.map((a) => a.conferenceId))) {
      ctx.events.emit({ type: 'decisions.changed', conferenceId });
    }
    return file;
  } finally {
    progress.finish(completed);
  }
}
