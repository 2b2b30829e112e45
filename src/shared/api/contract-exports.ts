import {
  exportedFileRecord,
  honoreeListInput,
  listDefaultsInput,
  listOptionsRecord,
  pollResultsInput,
} from '../exports';
import { method } from './method';

/** Honoree lists and poll results (part of the contract in contract.ts). */
export const exportMethods = {
  'exports.listDefaults': method({
    input: listDefaultsInput,
    output: listOptionsRecord,
    summary:
      'The honoree-list options last used for a conference, or defaults from the conference and settings.',
  }),
  'exports.honoreeList': method({
    input: honoreeListInput,
    output: exportedFileRecord,
    summary:
      'Writes the honoree list (danh sách kèm theo quyết định) as .xlsx or .pdf into the exports folder and remembers the options.',
  }),
  'exports.pollResults': method({
    input: pollResultsInput,
    output: exportedFileRecord,
    summary: "Writes every counted poll's counts and results of a conference as .xlsx or .pdf.",
  }),
};
