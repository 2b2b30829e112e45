import { z } from 'zod';
import { entityId, LIMITS, optionalLine, requiredLine, revision } from './fields';
import { isExactCoefficient, MAX_COEFFICIENT } from './money/amount';

/** Form of commendation (Giấy khen, Bằng khen), emulation title (Lao động tiên tiến), or praise. */
export const AWARD_CATEGORIES = ['hinh_thuc', 'danh_hieu', 'bieu_duong'] as const;
export type AwardCategory = (typeof AWARD_CATEGORIES)[number];

export const awardFormRecord = z.object({
  id: z.number().int(),
  name: z.string(),
  category: z.enum(AWARD_CATEGORIES),
  issuer: z.string().describe('Who confers it, free text (issuers are not an enum since 2025).'),
  rank: z.number().int().describe('Higher ranks are listed and handed out first.'),
  aliases: z.string().describe('Other spellings met in lists, separated by ";", e.g. "Biểu dương".'),
  active: z.boolean(),
  individualCoefficient: z
    .number()
    .nullable()
    .describe('Reward money for an individual, as a multiple of the base salary; null when not set.'),
  collectiveCoefficient: z
    .number()
    .nullable()
    .describe('Reward money for a collective, as a multiple of the base salary; null when not set.'),
  coefficientSource: z.string().describe('The article the coefficients come from, shown beside them.'),
  revision: z.number().int().describe('Goes up on every change.'),
});
export type AwardForm = z.infer<typeof awardFormRecord>;

/** A coefficient of the base salary: 0 to 1000, at most three decimals; null when not set. */
const coefficient = () =>
  z
    .number({ error: 'invalid' })
    .min(0, 'invalid')
    .max(MAX_COEFFICIENT, 'invalid')
    .refine(isExactCoefficient, 'invalid')
    .nullable()
    .default(null);

const awardFormFields = {
  name: requiredLine(LIMITS.shortText),
  category: z.enum(AWARD_CATEGORIES, { error: 'invalid' }),
  issuer: optionalLine(LIMITS.line),
  rank: z.number({ error: 'invalid' }).int('invalid').min(0, 'invalid').max(1000, 'invalid'),
  aliases: optionalLine(LIMITS.line),
  active: z.boolean().default(true),
  individualCoefficient: coefficient(),
  collectiveCoefficient: coefficient(),
  coefficientSource: optionalLine(LIMITS.line),
};

export const awardFormInput = z.object(awardFormFields);
export type AwardFormInput = z.input<typeof awardFormInput>;
export const awardFormUpdateInput = z.object({ id: entityId(), revision: revision(), ...awardFormFields });
export const awardFormListInput = z
  .object({ includeInactive: z.boolean().default(false) })
  .default({ includeInactive: false });

/** Every spelling a list may use for this form: its name and its aliases. */
export function awardFormSpellings(form: Pick<AwardForm, 'name' | 'aliases'>): string[] {
  return [form.name, ...form.aliases.split(';')].map((s) => s.trim()).filter((s) => s.length > 0);
}
