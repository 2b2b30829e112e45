import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { batchPrintInput } from '../../../shared/certificates';
import type { ExportedFile } from '../../../shared/exports';
import { useApi } from '../api/ApiProvider';

export type PrintRequest = Omit<z.input<typeof batchPrintInput>, 'jobId'>;

export interface JobState {
  jobId: string;
  done: number;
  total: number;
  cancelling: boolean;
}

export type PrintOutcome = { file: ExportedFile } | { cancelled: true } | { error: unknown };

/**
 * One batch print at a time: a fresh job id the core reports progress under, so this window
 * follows its own job and can cancel it.
 */
export function usePrintJob() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [job, setJob] = useState<JobState | null>(null);
  const cancelled = useRef(false);

  const print = async (request: PrintRequest): Promise<PrintOutcome> => {
    const jobId = crypto.randomUUID();
    cancelled.current = false;
    setJob({ jobId, done: 0, total: 0, cancelling: false });
    const unsubscribe = api.subscribe((event) => {
      if (event.type !== 'job.progress' || event.jobId !== jobId) return;
      setJob((current) => current && { ...current, done: event.done, total: event.total });
    });
    try {
      const file = await api.call('certificates.print', { ...request, jobId });
      return { file };
    } catch (error) {
      // The core has no "cancelled" code: a failure after the user pressed Hủy is the cancel.
      return cancelled.current ? { cancelled: true } : { error };
    } finally {
      unsubscribe();
      setJob(null);
      // Print counts changed; the core's own event may come later than the answer.
      void queryClient.invalidateQueries();
    }
  };

  const cancel = async () => {
    if (!job) return;
    cancelled.current = true;
    setJob({ ...job, cancelling: true });
    try {
      await api.call('jobs.cancel', { jobId: job.jobId });
    } catch {
      // The job may have just finished; the print call's own answer tells what happened.
    }
  };

  return { job, print, cancel };
}
