import { z } from 'zod';
import {
  MAX_TEMPLATE_FILE_BYTES,
  templateCopyInput,
  templateDeleteInput,
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

/** Certificate templates, their images and their files (part of the contract in contract.ts). */
export const templateMethods = {
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
    summary:
      'Saves a template; its version goes up. Shipped templates are refused, and so is a save based on an old revision (CONFLICT).',
  }),
  'templates.delete': method({
    input: templateDeleteInput,
    output: z.object({ deleted: z.number().int() }),
    summary: 'Deletes a template of ours (never a shipped one), if it is still the revision the window saw.',
  }),
  'templates.setImage': method({
    input: templateImageInput,
    output: templateRecord,
    summary:
      'Sets or removes the scanned background or the emblem (PNG or JPEG, at most 20 MB), on the revision the window saw.',
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
};
