import type { ApiErrorBody } from '../../shared/api/errors';
import type { CertificateText, TemplateBody } from '../../shared/certificates';
import type { StagedExport } from '../exports/staged';
import type { BatchSelection } from './selection';

/**
 * Messages between the core and the print worker. Everything crosses by structured clone:
 * the images arrive as Uint8Array, not Buffer, and are wrapped again on the other side.
 */
/** The workerData the core starts the print worker with. */
export const WORKER_ROLE = 'hoi-nghi:certificate-print';

/** Pages already worded: the engine's job alone. */
export interface PrintJob {
  body: TemplateBody;
  texts: CertificateText[];
  images: { background: Uint8Array | null; emblem: Uint8Array | null };
  /** Where the PDF goes (writeExport's temporary name). */
  path: string;
  /** The fonts folder the core found: a worker starts with its own empty module state. */
  fontsDir: string | null;
}

/** What to print, as the caller chose it. */
export interface BatchRequest {
  selection: BatchSelection;
  /** The problems the check finds are known and accepted: the batch prints anyway. */
  acceptProblems: boolean;
  /** The batch is drawn here under a staging name; the core puts it in place. */
  exportsDir: string;
}

/**
 * A whole batch from the database: the worker reads the awards on a read-only connection of
 * its own, words and checks them, and draws them, so the core's thread only records the prints.
 */
export interface BatchJob {
  databasePath: string;
  request: BatchRequest;
  fontsDir: string | null;
}

/** What the core records of each certificate drawn. */
export interface PrintedAward {
  awardId: number;
  conferenceId: number;
  decisionId: number;
}

export interface PrintedBatch {
  staged: StagedExport;
  template: { id: number; version: number; name: string };
  awards: PrintedAward[];
}

export type ToWorker =
  { type: 'start'; job: PrintJob } | { type: 'print'; job: BatchJob } | { type: 'cancel' };

export type FromWorker =
  /** A batch has been read and checked: this many pages follow. */
  | { type: 'prepared'; total: number }
  | { type: 'progress'; done: number }
  | { type: 'done'; batch?: PrintedBatch }
  /** `appError` keeps a refusal the user must read (nothing selected, problems to review). */
  | { type: 'failed'; aborted: boolean; message: string; appError?: ApiErrorBody };

/** The side of a MessagePort (or the worker's parentPort) the protocol uses. */
export interface ProtocolPort<In, Out> {
  on(event: 'message', listener: (message: In) => void): unknown;
  postMessage(message: Out): void;
  close?(): void;
}
