import { AppError } from '../core/app-error';
import type { Handlers } from '../core/dispatcher';

/** How long one job took and what it counted: numbers only, so no personal data reaches the log. */
export interface JobTiming {
  method: string;
  ms: number;
  ok: boolean;
  /** The error code when the job failed with one (VALIDATION, WRITE_FAILED, …). */
  code?: string;
  counts: Record<string, number>;
}

// Files in and out, and printing: the work whose duration says whether the laptop copes.
const JOB_METHOD =
  /^(exports|imports|archive|backups|templates\.(export|import)|audit\.export|certificates\.print|polls\.(ballots|minutes)Pdf)/;
/** Anything slower than this is logged as well, whatever its name, so new slow methods show up. */
export const SLOW_MS = 1000;

// Reads in those domains (exports.listDefaults, backups.list) are quick lookups, not jobs.
const LOOKUP = /\.(list|get)/;

export const isJobMethod = (method: string): boolean => JOB_METHOD.test(method) && !LOOKUP.test(method);

/** The numbers of a result (top-level numbers, and the lengths of top-level lists). */
export function countsOf(output: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (typeof output !== 'object' || output === null) return counts;
  for (const [key, value] of Object.entries(output)) {
    if (typeof value === 'number' && Number.isFinite(value)) counts[key] = value;
    else if (Array.isArray(value)) counts[key] = value.length;
  }
  return counts;
}

/** The same handlers, each reporting its timing when it is a job or slow. */
export function timeJobs(handlers: Handlers, report: (timing: JobTiming) => void): Handlers {
  const timed: Record<string, (params: unknown) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [
    string,
    (params: unknown) => Promise<unknown>,
  ][]) {
    const job = isJobMethod(method);
    timed[method] = async (params) => {
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        const output = await handler(params);
        const took = ms();
        if (job || took >= SLOW_MS) report({ method, ms: took, ok: true, counts: countsOf(output) });
        return output;
      } catch (error) {
        const took = ms();
        if (job || took >= SLOW_MS) {
          const code = error instanceof AppError ? error.code : undefined;
          report({ method, ms: took, ok: false, counts: {}, ...(code ? { code } : {}) });
        }
        throw error;
      }
    };
  }
  return timed as Handlers;
}
