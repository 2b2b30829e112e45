/**
 * The other server processes on the same database (an office's PostgreSQL), for what does not
 * go through the data: a job runs in the process that started it, but a window whose calls are
 * spread over several processes may ask another one to stop it. Absent on a laptop's file.
 */
export interface Peers {
  /** Asks the others to stop job `jobId`; resolves true when one of them was running it. */
  cancelJob(jobId: string): Promise<boolean>;
  /** `stop` answers the others' requests: true when the job ran here and is now stopping. */
  onCancelJob(stop: (jobId: string) => boolean): () => void;
}
