import { z } from 'zod';
import {
  awardRecord,
  batchCheckInput,
  batchCheckRecord,
  batchPrintInput,
  decisionAssignInput,
  decisionCreateInput,
  decisionIdInput,
  decisionListInput,
  decisionRecord,
  decisionUpdateInput,
  jobCancelInput,
  MAX_TEMPLATE_FILE_BYTES,
  previewInput,
  previewRecord,
  registerInput,
  registerRecord,
  registerUpdateInput,
  templateCopyInput,
  templateIdInput,
  templateImageGetInput,
  templateImageInput,
  templateImageRecord,
  templateImportInput,
  templateRecord,
  templateSaveInput,
} from '../certificates';
import { exportedFileRecord } from '../exports';
import { method, noInput } from './method';

/** Registers, decisions, certificate templates and printing (part of the contract in contract.ts). */
export const certificateMethods = {
  'registers.list': method({
    input: noInput,
    output: z.array(registerRecord),
    summary: 'Registers (sổ vàng) and the number each hands out next.',
  }),
  'registers.create': method({
    input: registerInput,
    output: registerRecord,
    summary: 'A new register: prefix, running number, suffix ("125/KT").',
  }),
  'registers.update': method({
    input: registerUpdateInput,
    output: registerRecord,
    summary: 'Renames a register or changes its pattern; the next number may only go up.',
  }),
  'decisions.list': method({
    input: decisionListInput,
    output: z.array(decisionRecord),
    summary: "A conference's award decisions, newest first.",
  }),
  'decisions.create': method({
    input: decisionCreateInput,
    output: decisionRecord,
    summary: 'Records an award decision (number, date, issuer, signer, register).',
  }),
  'decisions.update': method({
    input: decisionUpdateInput,
    output: decisionRecord,
    summary: "Changes a decision's text; numbers already given stay.",
  }),
  'decisions.delete': method({
    input: decisionIdInput,
    output: z.object({ deleted: z.number().int() }),
    summary: 'Deletes a decision and its awards; their register numbers are never given again.',
  }),
  'decisions.assign': method({
    input: decisionAssignInput,
    output: z.array(awardRecord),
    summary:
      "Gives the decision's awards to approved nominees (each with its award form) and numbers them in the register, highest form first, in one transaction.",
  }),
  'decisions.awards': method({
    input: decisionIdInput,
    output: z.array(awardRecord),
    summary: "A decision's awards in certificate order: highest form first, then list order.",
  }),
  'templates.list': method({
    input: noInput,
    output: z.array(templateRecord),
    summary: 'Certificate templates, shipped ones first.',
  }),
  'templates.get': method({
    input: templateIdInput,
    output: templateRecord,
    summary: 'One certificate template.',
  }),
  'templates.copy': method({
    input: templateCopyInput,
    output: templateRecord,
    summary: 'Copies a template (with its images) under a new name; shipped templates are changed this way.',
  }),
  'templates.save': method({
    input: templateSaveInput,
    output: templateRecord,
    summary: 'Saves a template; its version goes up. Shipped templates are refused.',
  }),
  'templates.delete': method({
    input: templateIdInput,
    output: z.object({ deleted: z.number().int() }),
    summary: 'Deletes a template of ours (never a shipped one).',
  }),
  'templates.setImage': method({
    input: templateImageInput,
    output: templateRecord,
    summary: 'Sets or removes the scanned background or the emblem (PNG or JPEG, at most 20 MB).',
    maxBodyBytes: 28 * 1024 * 1024,
  }),
  'templates.image': method({
    input: templateImageGetInput,
    output: templateImageRecord,
    summary: "A template's background or emblem, to draw it behind the preview.",
  }),
  'templates.export': method({
    input: templateIdInput,
    output: exportedFileRecord,
    summary: 'Writes a template with its images as one file, to move it to another installation.',
  }),
  'templates.import': method({
    input: templateImportInput,
    output: templateRecord,
    summary: 'Adds a template from a file written by templates.export.',
    maxBodyBytes: Math.ceil((MAX_TEMPLATE_FILE_BYTES * 4) / 3) + 64 * 1024,
  }),
  'certificates.preview': method({
    input: previewInput,
    output: previewRecord,
    summary:
      "Lays out one certificate (an award's text, or a sample) with a template as edited, field by field.",
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
