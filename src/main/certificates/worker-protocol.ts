import type { CertificateText, TemplateBody } from '../../shared/certificates';

/**
 * Messages between the core and the print worker. Everything crosses by structured clone:
 * the images arrive as Uint8Array, not Buffer, and are wrapped again on the other side.
 */
/** The workerData the core starts the print worker with. */
export const WORKER_ROLE = 'hoi-nghi:certificate-print';

export interface PrintJob {
  body: TemplateBody;
  texts: CertificateText[];
  images: { background: Uint8Array | null; emblem: Uint8Array | null };
  /** Where the PDF goes (writeExport's temporary name). */
  path: string;
  /** The fonts folder the core found: a worker starts with its own empty module state. */
  fontsDir: string | null;
}

export type ToWorker = { type: 'start'; job: PrintJob } | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'done' }
  | { type: 'failed'; aborted: boolean; message: string };

/** The side of a MessagePort (or the worker's parentPort) the protocol uses. */
export interface ProtocolPort<In, Out> {
  on(event: 'message', listener: (message: In) => void): unknown;
  postMessage(message: Out): void;
  close?(): void;
}
