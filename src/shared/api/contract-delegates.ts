import { z } from 'zod';
import {
  attendanceRecord,
  checkInInput,
  checkInResultRecord,
  delegateConferenceInput,
  delegateCreateInput,
  delegateDeleteInput,
  delegateIdInput,
  delegateImportCommitInput,
  delegateImportOpenInput,
  delegateImportPreviewRecord,
  delegateImportResultRecord,
  delegateListInput,
  delegateListPdfInput,
  delegatePageRecord,
  delegateRecord,
  delegateSearchInput,
  delegateSearchRecord,
  delegateUpdateInput,
} from '../delegates';
import { exportedFileRecord } from '../exports';
import { MAX_IMPORT_FILE_BYTES } from '../imports';
import { method } from './method';

/** Delegates (đại biểu), their import and check-in (part of the contract in contract.ts). */
export const delegateMethods = {
  'delegates.list': method({
    input: delegateListInput,
    output: delegatePageRecord,
    summary:
      'A page of the delegates of a conference, filtered by search text, group and presence, with the attendance counts.',
  }),
  'delegates.get': method({
    input: delegateIdInput,
    output: delegateRecord,
    summary:
      'One delegate as stored now (NOT_FOUND once removed): what an edit form reloads after a conflict.',
  }),
  'delegates.create': method({
    input: delegateCreateInput,
    output: delegateRecord,
    summary: 'Adds a delegate; a badge number already given to another delegate is refused.',
  }),
  'delegates.update': method({
    input: delegateUpdateInput,
    output: delegateRecord,
    summary:
      'Changes a delegate’s name, title, unit, group, seat, badge or notes (not the check-in). Refused (CONFLICT) when the delegate’s revision is no longer the one sent.',
  }),
  'delegates.delete': method({
    input: delegateDeleteInput,
    output: z.object({ deleted: z.number().int() }),
    summary:
      'Removes the selected delegates, all or none (kept aside so that delegates.restore can undo it). Refused (CONFLICT) when any of them changed since it was read.',
  }),
  'delegates.restore': method({
    input: delegateIdInput,
    output: delegateRecord,
    summary: 'Puts a removed delegate back, unless the badge number was given to someone else meanwhile.',
  }),
  'delegates.search': method({
    input: delegateSearchInput,
    output: delegateSearchRecord,
    summary:
      'Search-as-you-type for the check-in desk: accent-free match on name, unit and title, exact badge number first; about 20 results.',
  }),
  'delegates.checkIn': method({
    input: checkInInput,
    output: checkInResultRecord,
    summary:
      'Checks a delegate in by id or badge number. An unknown badge or a delegate already checked in is refused and nothing changes.',
  }),
  'delegates.undoCheckIn': method({
    input: delegateIdInput,
    output: checkInResultRecord,
    summary: 'Takes back a check-in (the delegate is absent again).',
  }),
  'delegates.attendance': method({
    input: delegateConferenceInput,
    output: attendanceRecord,
    summary: 'Delegates present and in all, overall and by group.',
  }),
  'delegates.listPdf': method({
    input: delegateListPdfInput,
    output: exportedFileRecord,
    summary:
      'Writes the printable list of delegates (A4: STT, name, title, unit, badge, a column to sign) into the exports folder.',
  }),
  'delegates.importOpen': method({
    input: delegateImportOpenInput,
    output: delegateImportPreviewRecord,
    summary:
      'Reads an .xlsx delegate list (base64) into a preview with per-row problems and duplicates. Nothing is written.',
    maxBodyBytes: Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024,
  }),
  'delegates.importCommit': method({
    input: delegateImportCommitInput,
    output: delegateImportResultRecord,
    summary: 'Writes every row of the preview not left out, in one transaction (all or nothing).',
  }),
};
