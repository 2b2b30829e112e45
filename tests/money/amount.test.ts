import { describe, expect, it } from 'vitest';
import {
  baseSalaryOn,
  formatCoefficient,
  formatDong,
  isExactCoefficient,
  rewardAmount,
  rewardKindOf,
  totalOf,
} from '../../src/shared/money/amount';

describe('rewardAmount (coefficient × base salary, rounded up to 10,000 đ)', () => {
  it.each([
    [1.0, 2_340_000, 2_340_000],
    [0.3, 2_340_000, 710_000], // 702,000 → up to 710,000
    [0.3, 1_800_000, 540_000], // exact already
    [0.8, 2_340_000, 1_880_000], // 1,872,000 → 1,880,000
    [1.5, 2_340_000, 3_510_000],
    [0.15, 1_490_000, 230_000], // 223,500 → 230,000
    [30.5, 2_340_000, 71_370_000],
    [0, 2_340_000, 0],
    [0.001, 1, 10_000], // anything above a step takes the next one
    [1, 10_001, 20_000],
    [1, 10_000, 10_000],
  ])('%d × %i → %i', (coefficient, salary, amount) => {
    expect(rewardAmount(coefficient, salary)).toBe(amount);
  });

  it('computes without float noise (0.1 + 0.2 style coefficients)', () => {
    expect(rewardAmount(0.1 + 0.2, 2_000_000)).toBe(600_000);
    expect(rewardAmount(0.7, 1_000_000)).toBe(700_000);
  });

  it('refuses coefficients and salaries that are not figures', () => {
    expect(() => rewardAmount(-0.1, 2_340_000)).toThrow(RangeError);
    expect(() => rewardAmount(Number.NaN, 2_340_000)).toThrow(RangeError);
    expect(() => rewardAmount(1, 1.5)).toThrow(RangeError);
  });

  it('totals are sums of amounts rounded one by one', () => {
    const each = [0.3, 0.3, 0.3].map((c) => rewardAmount(c, 2_340_000));
    expect(totalOf(each)).toBe(2_130_000);
    // Rounding the sum instead would give 2,110,000: the decree rounds each honoree's amount.
    expect(rewardAmount(0.9, 2_340_000)).toBe(2_110_000);
  });

  it('knows which coefficients it can keep exactly', () => {
    expect(isExactCoefficient(0.3)).toBe(true);
    expect(isExactCoefficient(30.5)).toBe(true);
    expect(isExactCoefficient(0.125)).toBe(true);
    expect(isExactCoefficient(0.1234)).toBe(false);
  });
});

describe('baseSalaryOn (the base salary in force on the decision date)', () => {
  const salaries = [
    { effectiveFrom: '2024-07-01', amount: 2_340_000 },
    { effectiveFrom: '2023-07-01', amount: 1_800_000 },
  ];
  it.each([
    ['2023-06-30', null],
    ['2023-07-01', 1_800_000],
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
    ['2026-12-04', 2_340_000],
  ])('%s → %s', (date, amount) => {
    expect(baseSalaryOn(salaries, date)?.amount ?? null).toBe(amount);
  });
  it('answers null for an empty table', () => {
    expect(baseSalaryOn([], '2025-01-01')).toBeNull();
  });
});

describe('formats', () => {
  it.each([
    [0, '0'],
    [540_000, '540.000'],
    [1_750_000, '1.750.000'],
    [1_234_567_891, '1.234.567.891'],
  ])('formatDong(%i) = %s', (amount, text) => {
    expect(formatDong(amount)).toBe(text);
  });
  it.each([
    [1, '1,0'],
    [0.3, '0,3'],
    [30.5, '30,5'],
    [0.15, '0,15'],
  ])('formatCoefficient(%d) = %s', (c, text) => {
    expect(formatCoefficient(c)).toBe(text);
  });
  it('collectives take the collective coefficient, individuals and households the other', () => {
    expect(rewardKindOf('tap_the')).toBe('collective');
    expect(rewardKindOf('ca_nhan')).toBe('individual');
    expect(rewardKindOf('ho_gia_dinh')).toBe('individual');
  });
});
