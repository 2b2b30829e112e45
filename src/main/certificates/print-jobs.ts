import { AppError } from '../core/app-error';
import type { CoreContext } from '../core/context';
import { runPrint, type PrintInput } from './print';
import { defaultRunner, type PrintRunner } from './runner';

export interface CertificateOptions {
  /** Who draws batches; by default the built worker, or this thread where there is none. */
  runner?: PrintRunner;
  /** Told once which runner draws, for the shell's log. */
  log?: (message: string) => void;
}

/** The batches being printed, by the caller's job id, so `jobs.cancel` can stop them. */
export function printJobs(ctx: CoreContext, options: CertificateOptions = {}) {
  const running = new Map<string, AbortController>();
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

  /** Stops the job if this process runs it; false when it does not (or it is stopping already). */
  const stopHere = (jobId: string): boolean => {
    const controller = running.get(jobId);
    if (!controller || controller.signal.aborted) return false;
    controller.abort();
    return true;
  };
  ctx.peers?.onCancelJob(stopHere);

  return {
    print: async (input: PrintInput) => {
      // Taken before the first await, so a second call with the same id cannot slip in.
      if (running.has(input.jobId)) throw new AppError('CONFLICT', 'Lệnh in này đang chạy.');
      const controller = new AbortController();
      running.set(input.jobId, controller);
      try {
        return await runPrint(ctx, pickRunner(), controller, input);
      } finally {
        running.delete(input.jobId);
      }
    },
    cancel: async (jobId: string): Promise<{ cancelled: boolean }> => {
      if (running.has(jobId)) return { cancelled: stopHere(jobId) };
      // With several server processes on one database, the batch may be drawn by another one.
      return { cancelled: (await ctx.peers?.cancelJob(jobId)) ?? false };
    },
  };
}
