import { exportedFileRecord } from '../exports';
import { statisticsInput, statisticsRecord } from '../statistics';
import { method } from './method';

/** Statistics, on screen and as a workbook (part of the contract in contract.ts). */
export const statisticsMethods = {
  'exports.statistics': method({
    input: statisticsInput,
    output: exportedFileRecord,
    summary: 'Writes the statistics tables (and the compared conference beside them) as .xlsx.',
  }),
  'statistics.get': method({
    input: statisticsInput,
    output: statisticsRecord,
    summary: 'Counts by kind, award form, unit and status, optionally beside an earlier conference.',
  }),
};
