import type { AwardCategory, AwardForm, AwardFormInput } from '../../../shared/awards';
import type { FieldIssue } from '../../../shared/api/errors';
import { isValidationKey } from '../../../shared/messages';

/** What the form edits: the rank input is empty ('') while nothing is typed in it. */
export interface AwardFormValues {
  name: string;
  category: AwardCategory;
  issuer: string;
  rank: number | string;
  aliases: string;
  active: boolean;
  /** Reward coefficients: '' while the box is empty, which saves as "not set". */
  individualCoefficient: number | string;
  collectiveCoefficient: number | string;
  coefficientSource: string;
}

export type AwardFieldErrors = Partial<Record<keyof AwardFormValues, string>>;

/** A new form starts at rank 0, at the end of the list, until the person places it. */
export const emptyAwardValues: AwardFormValues = {
  name: '',
  category: 'hinh_thuc',
  issuer: '',
  rank: 0,
  aliases: '',
  active: true,
  individualCoefficient: '',
  collectiveCoefficient: '',
  coefficientSource: '',
};

export function toAwardValues(form: AwardForm): AwardFormValues {
  const { name, category, issuer, rank, aliases, active, coefficientSource } = form;
  return {
    name,
    category,
    issuer,
    rank,
    aliases,
    active,
    individualCoefficient: form.individualCoefficient ?? '',
    collectiveCoefficient: form.collectiveCoefficient ?? '',
    coefficientSource,
  };
}

/** An empty box is "not set" (null); anything else goes to the schema as a number to check. */
const coefficientInput = (value: number | string): number | null => (value === '' ? null : Number(value));

export function toAwardInput(values: AwardFormValues): AwardFormInput {
  // An empty or half-typed rank goes to the schema as "missing", which reports it as invalid.
  const rank = values.rank === '' ? undefined : Number(values.rank);
  return {
    ...values,
    rank: rank as number,
    individualCoefficient: coefficientInput(values.individualCoefficient),
    collectiveCoefficient: coefficientInput(values.collectiveCoefficient),
  };
}

/** The aliases as a list, for showing; the core stores them as typed ("a; b"). */
export function splitAliases(aliases: string): string[] {
  return aliases
    .split(';')
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);
}

/**
 * Turns issues (from the client check or the core) into texts under the fields. Keys the shared
 * validation texts lack, such as "duplicate", and the rank's range have texts of their own here.
 */
export function toAwardFieldErrors(issues: FieldIssue[], t: (key: string) => string): AwardFieldErrors {
  const errors: AwardFieldErrors = {};
  for (const { path, key } of issues) {
    const field = path as keyof AwardFormValues;
    if (errors[field]) continue;
    if (key === 'duplicate') errors[field] = t('awards.errors.duplicate');
    else if (field === 'rank') errors[field] = t('awards.errors.rank');
    else if (field === 'individualCoefficient' || field === 'collectiveCoefficient') {
      errors[field] = t('money.coefficients.invalid');
    } else errors[field] = t(`validation.${isValidationKey(key) ? key : 'invalid'}`);
  }
  return errors;
}
