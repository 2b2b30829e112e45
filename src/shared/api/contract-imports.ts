import {
  importCommitInput,
  importOpenInput,
  importPreviewRecord,
  importRemapInput,
  importResultRecord,
  MAX_IMPORT_FILE_BYTES,
} from '../imports';
import { method } from './method';

/** Reading a nomination list from .xlsx, then writing it (part of the contract in contract.ts). */
export const importMethods = {
  'imports.open': method({
    input: importOpenInput,
    output: importPreviewRecord,
    summary:
      'Reads an .xlsx nomination list (base64) into a preview: header, sections, honorifics and legacy encodings understood, problems listed. Nothing is written.',
    maxBodyBytes: Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024,
  }),
  'imports.remap': method({
    input: importRemapInput,
    output: importPreviewRecord,
    summary: 'Reads the open file again with another sheet, header row or column mapping.',
  }),
  'imports.commit': method({
    input: importCommitInput,
    output: importResultRecord,
    summary:
      'Writes every accepted row of the preview, with corrections, in one transaction (all or nothing).',
  }),
};
