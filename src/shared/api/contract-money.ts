import { z } from 'zod';
import { exportedFileRecord } from '../exports';
import {
  baseSalaryDeleteInput,
  baseSalaryInput,
  baseSalaryRecord,
  baseSalaryUpdateInput,
  moneyStatisticsInput,
  moneyStatisticsRecord,
  paymentListInput,
  paymentListRecord,
} from '../money/records';
import { method, noInput } from './method';

/** Base salaries and reward money (part of the contract in contract.ts). */
export const moneyMethods = {
  'salaries.list': method({
    input: noInput,
    output: z.array(baseSalaryRecord),
    summary: 'The base salary (mức lương cơ sở) table, latest first, each with the decree that set it.',
  }),
  'salaries.create': method({
    input: baseSalaryInput,
    output: baseSalaryRecord,
    summary: 'Adds a base salary from the day it takes effect; one per day.',
  }),
  'salaries.update': method({
    input: baseSalaryUpdateInput,
    output: baseSalaryRecord,
    summary: 'Changes a base salary; decisions already issued keep the amounts they were issued with.',
  }),
  'salaries.delete': method({
    input: baseSalaryDeleteInput,
    output: z.object({ deleted: z.number().int() }),
    summary: 'Deletes a base salary; decisions already issued keep their amounts.',
  }),
  'payments.list': method({
    input: paymentListInput,
    output: paymentListRecord,
    summary:
      'The payment list (danh sách nhận tiền thưởng) of a decision, or of every decision of the conference: the amounts as issued, their total and the total in words.',
  }),
  'statistics.amounts': method({
    input: moneyStatisticsInput,
    output: moneyStatisticsRecord,
    summary: "The reward money of a conference's decisions as issued, totalled per award form and per unit.",
  }),
  'exports.paymentList': method({
    input: paymentListInput,
    output: exportedFileRecord,
    summary: 'Writes the payment list as .xlsx (number cells, no formulas) into the exports folder.',
  }),
};
