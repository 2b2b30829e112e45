import { auditFilterInput, auditListInput, auditPageRecord, logsFolderRecord } from '../audit';
import { exportedFileRecord } from '../exports';
import { method, noInput } from './method';

/** The audit log and the log files (part of the contract in contract.ts). */
export const auditMethods = {
  'audit.list': method({
    input: auditListInput,
    output: auditPageRecord,
    summary:
      'One page of the audit log, newest first, filtered by conference, object, action, operator, time and words.',
  }),
  'audit.export': method({
    input: auditFilterInput,
    output: exportedFileRecord,
    summary:
      'Writes the filtered audit log as .xlsx (Thời gian | Người thao tác | Đối tượng | Thao tác | Nội dung | Trước | Sau) into the exports folder.',
  }),
  'logs.openFolder': method({
    input: noInput,
    output: logsFolderRecord,
    summary:
      "Shows the log files' folder in the system's file manager when the shell can; else only returns its path.",
  }),
};
