import { fileHandleInput, fileOpenRecord } from '../files';
import { method } from './method';

/** Files the core wrote, opened where they are (part of the contract in contract.ts). */
export const fileMethods = {
  'files.open': method({
    input: fileHandleInput,
    output: fileOpenRecord,
    summary:
      'Opens a file this core wrote (found by its handle, never by a path from outside) in its usual program, when the shell can.',
  }),
  'files.reveal': method({
    input: fileHandleInput,
    output: fileOpenRecord,
    summary: "Shows a file this core wrote in the system's file manager, when the shell can.",
  }),
};
