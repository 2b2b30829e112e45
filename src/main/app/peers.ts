import { randomUUID } from 'node:crypto';
import type { Peers } from '../core/peers';
import type { Notifier } from '../db/notify';

/**
 * How long a request to stop a job waits for the process running it. The answer comes in a few
 * milliseconds; silence means no process runs the job (it ended, or never started).
 */
const ANSWER_WAIT_MS = 1_000;

interface CancelRequest {
  cancelJob: { jobId: string; ask: string };
}
interface CancelAnswer {
  jobCancelled: { ask: string };
}

function isRequest(message: unknown): message is CancelRequest {
  const body = (message as Partial<CancelRequest> | null)?.cancelJob;
  return typeof body?.jobId === 'string' && typeof body.ask === 'string';
}

function isAnswer(message: unknown): message is CancelAnswer {
  return typeof (message as Partial<CancelAnswer> | null)?.jobCancelled?.ask === 'string';
}

/** The other processes, reached with the same messages as the events (db/notify.ts). */
export function notifierPeers(notifier: Notifier, wait = ANSWER_WAIT_MS): Peers {
  const stoppers = new Set<(jobId: string) => boolean>();
  const waiting = new Map<string, () => void>();
  notifier.subscribe((message) => {
    if (isRequest(message)) {
      let stopped = false;
      for (const stop of stoppers) stopped = stop(message.cancelJob.jobId) || stopped;
      if (stopped) notifier.publish({ jobCancelled: { ask: message.cancelJob.ask } } satisfies CancelAnswer);
    } else if (isAnswer(message)) {
      waiting.get(message.jobCancelled.ask)?.();
    }
  });
  return {
    cancelJob: (jobId) =>
      new Promise((resolve) => {
        const ask = randomUUID();
        const timer = setTimeout(() => {
          waiting.delete(ask);
          resolve(false);
        }, wait);
        waiting.set(ask, () => {
          clearTimeout(timer);
          waiting.delete(ask);
          resolve(true);
        });
        notifier.publish({ cancelJob: { jobId, ask } } satisfies CancelRequest);
      }),
    onCancelJob: (stop) => {
      stoppers.add(stop);
      return () => stoppers.delete(stop);
    },
  };
}
