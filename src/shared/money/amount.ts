/**
 * Reward money (tiền thưởng) as Decree 98/2023/NĐ-CP computes it, in its principles of reward
 * money (Chương V, the article before Điều 54):
 * - the amount is a coefficient of the base salary (mức lương cơ sở) the Government has set and
 *   that is in force on the day the decision is issued;
 * - "Tiền thưởng sau khi nhân với hệ số mức lương cơ sở được làm tròn số lên hàng chục nghìn
 *   đồng tiền Việt Nam": coefficient × base salary, rounded UP to the next 10,000 đồng.
 * The rounding is applied to each honoree's amount; a total is the sum of rounded amounts.
 */

/** Coefficients are kept to three decimals (the decree's go to one or two: 0,3; 30,5). */
export const COEFFICIENT_SCALE = 1000;
/** The rounding step: a multiple of ten thousand đồng. */
export const ROUNDING_STEP = 10_000;
/** The largest coefficient the decree gives is 270 (Giải thưởng Hồ Chí Minh); far more is a typo. */
export const MAX_COEFFICIENT = 1000;

/** The coefficient in thousandths, so that 0,3 × 2 340 000 is computed without float noise. */
export function coefficientThousandths(coefficient: number): number {
  if (!Number.isFinite(coefficient) || coefficient < 0 || coefficient > MAX_COEFFICIENT) {
    throw new RangeError(`Hệ số ${coefficient} không hợp lệ`);
  }
  return Math.round(coefficient * COEFFICIENT_SCALE);
}

/** True when the coefficient has at most three decimals (what a form can store exactly). */
export function isExactCoefficient(coefficient: number): boolean {
  if (!Number.isFinite(coefficient) || coefficient < 0 || coefficient > MAX_COEFFICIENT) return false;
  return Math.abs(coefficientThousandths(coefficient) - coefficient * COEFFICIENT_SCALE) < 1e-6;
}

/**
 * One honoree's reward: coefficient × base salary, rounded up to a multiple of 10,000 đồng.
 * Integer arithmetic throughout: 0,3 × 2 340 000 = 702 000 → 710 000, never 720 000.
 */
export function rewardAmount(coefficient: number, baseSalary: number): number {
  if (!Number.isSafeInteger(baseSalary) || baseSalary < 0) throw new RangeError(`Mức lương ${baseSalary}`);
  const scaled = coefficientThousandths(coefficient) * baseSalary;
  const step = ROUNDING_STEP * COEFFICIENT_SCALE;
  const steps = (scaled - (scaled % step)) / step + (scaled % step === 0 ? 0 : 1);
  return steps * ROUNDING_STEP;
}

/** The sum of amounts already rounded one by one, as the decree has them added. */
export function totalOf(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + amount, 0);
}

export interface DatedSalary {
  /** "YYYY-MM-DD". */
  effectiveFrom: string;
  amount: number;
}

/**
 * The base salary in force on `date` ("YYYY-MM-DD"): the latest that took effect on or before
 * it; null when none had. ISO dates sort as text, so no parsing is needed.
 */
export function baseSalaryOn<S extends DatedSalary>(salaries: readonly S[], date: string): S | null {
  let found: S | null = null;
  for (const salary of salaries) {
    if (salary.effectiveFrom > date) continue;
    if (!found || salary.effectiveFrom > found.effectiveFrom) found = salary;
  }
  return found;
}

export type RewardKind = 'individual' | 'collective';

/** Collectives (tập thể) take the collective coefficient; individuals and households the other. */
export function rewardKindOf(nomineeKind: string): RewardKind {
  return nomineeKind === 'tap_the' ? 'collective' : 'individual';
}

/** "1.750.000": thousands grouped with dots, as Vietnamese documents write money. */
export function formatDong(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}${String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** "0,3": a coefficient as Vietnamese writes decimals. */
export function formatCoefficient(coefficient: number): string {
  const text = (coefficientThousandths(coefficient) / COEFFICIENT_SCALE).toFixed(3).replace(/0+$/, '');
  return (text.endsWith('.') ? `${text}0` : text).replace('.', ',');
}
