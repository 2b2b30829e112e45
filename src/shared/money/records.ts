import { z } from 'zod';
import { isLocalDateTime } from '../dates';
import { entityId, LIMITS, optionalLine, revision } from '../fields';

/**
 * Reward money (tiền thưởng) in the contract: the base salary table and the payment list
 * (danh sách nhận tiền thưởng). The rules are in amount.ts and words.ts beside this file.
 */

export const baseSalaryRecord = z.object({
  id: z.number().int(),
  effectiveFrom: z.string().describe('"YYYY-MM-DD": the day this base salary took effect.'),
  amount: z.number().int().describe('Đồng a month.'),
  source: z.string().describe('The decree and article that set it.'),
  revision: z.number().int().describe('Goes up on every change.'),
});
export type BaseSalary = z.infer<typeof baseSalaryRecord>;

const day = () =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isLocalDateTime(v), 'invalidDate');

const baseSalaryFields = {
  effectiveFrom: day(),
  amount: z.number({ error: 'invalid' }).int('invalid').positive('invalid').max(1_000_000_000, 'invalid'),
  source: optionalLine(LIMITS.line),
};
export const baseSalaryInput = z.object(baseSalaryFields);
export type BaseSalaryInput = z.input<typeof baseSalaryInput>;
export const baseSalaryUpdateInput = z.object({ id: entityId(), revision: revision(), ...baseSalaryFields });
export const baseSalaryDeleteInput = z.object({ id: entityId(), revision: revision() });

export const REWARD_KINDS = ['individual', 'collective'] as const;

/** Whose payment list: one decision's, or every decision of the conference when null. */
export const paymentListInput = z.object({
  conferenceId: entityId(),
  decisionId: entityId().nullable().default(null),
});

export const paymentRowRecord = z.object({
  stt: z.number().int(),
  name: z.string(),
  unit: z.string(),
  form: z.string(),
  kind: z.enum(REWARD_KINDS),
  amount: z.number().int().describe('Đồng, as issued with the decision (rounded per honoree).'),
});
export type PaymentRow = z.infer<typeof paymentRowRecord>;

export const paymentListRecord = z.object({
  title: z.string(),
  /** "Quyết định số 12/QĐ-UBND ngày 15/01/2025", or the conference when every decision is listed. */
  which: z.string(),
  rows: z.array(paymentRowRecord),
  total: z.number().int().describe('The sum of the rounded amounts.'),
  totalInWords: z.string(),
  /** Awards of the selection issued without an amount (no coefficient, or no base salary then). */
  withoutAmount: z.number().int(),
});
export type PaymentList = z.infer<typeof paymentListRecord>;

export const moneyStatisticsInput = z.object({ conferenceId: entityId() });

export const amountLineRecord = z.object({
  label: z.string(),
  awards: z.number().int().describe('Awards with an amount on this line.'),
  amount: z.number().int().describe('Đồng: the sum of the amounts as issued.'),
});
export type AmountLine = z.infer<typeof amountLineRecord>;

/** The reward money of a conference's decisions, as issued: per award form and per unit. */
export const moneyStatisticsRecord = z.object({
  byAwardForm: z.array(amountLineRecord),
  byUnit: z.array(amountLineRecord),
  awards: z.number().int(),
  total: z.number().int(),
  totalInWords: z.string(),
});
export type MoneyStatistics = z.infer<typeof moneyStatisticsRecord>;
