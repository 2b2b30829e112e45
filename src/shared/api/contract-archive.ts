import {
  ARCHIVE_MAX_BODY_BYTES,
  archiveExportInput,
  archiveFileInput,
  archiveImportRecord,
  archiveSummaryRecord,
} from '../archive';
import { exportedFileRecord } from '../exports';
import { method } from './method';

/** A whole conference as one archive file, out and in (part of the contract in contract.ts). */
export const archiveMethods = {
  'archive.export': method({
    input: archiveExportInput,
    output: exportedFileRecord,
    summary:
      'Writes one conference with everything it owns (and the award forms, units, registers and certificate templates it uses) as one .hoinghi file into the exports folder.',
  }),
  'archive.inspect': method({
    input: archiveFileInput,
    output: archiveSummaryRecord,
    summary:
      'Reads a .hoinghi file (base64) and says what it holds; a damaged file, or one from a newer version of the app, is refused. Nothing is written.',
    maxBodyBytes: ARCHIVE_MAX_BODY_BYTES,
  }),
  'archive.import': method({
    input: archiveFileInput,
    output: archiveImportRecord,
    summary:
      'Adds the conference of a .hoinghi file as a new conference, in one transaction; the other conferences are left as they are.',
    maxBodyBytes: ARCHIVE_MAX_BODY_BYTES,
  }),
};
