import { z } from 'zod';
import {
  batchCheckInput,
  batchCheckRecord,
  batchPrintInput,
  jobCancelInput,
  previewInput,
  previewRecord,
  templateIdInput,
} from '../certificates';
import { exportedFileRecord } from '../exports';
import { method } from './method';

/** Laying out and printing certificates (part of the contract in contract.ts). */
export const certificateMethods = {
  'certificates.preview': method({
    input: previewInput,
    output: previewRecord,
    summary:
      "Lays out one certificate (an award's text, the sample honoree under a decision's number and signer, or a sample) with a template as edited, field by field.",
  }),
  'certificates.check': method({
    input: batchCheckInput,
    output: batchCheckRecord,
    summary:
      'What a batch would print, and its problems (a name that does not fit, a missing decision or register number).',
  }),
  'certificates.print': method({
    input: batchPrintInput,
    output: exportedFileRecord,
    summary:
      'Writes the certificates of the selection, highest form first, as one PDF (in a worker, with job.progress events) and records each print.',
  }),
  'certificates.calibration': method({
    input: templateIdInput,
    output: exportedFileRecord,
    summary: "A test sheet on plain paper: a millimetre grid and crosshairs at each field's anchor.",
  }),
  'jobs.cancel': method({
    input: jobCancelInput,
    output: z.object({ cancelled: z.boolean() }),
    summary: 'Stops a running job (a certificate batch); nothing is written.',
  }),
};
