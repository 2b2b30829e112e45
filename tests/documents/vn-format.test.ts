import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber, formatPercent, formatSerial } from '../../src/main/documents/vn-format';

describe('formatNumber', () => {
  it.each([
    [0, 0, '0'],
    [7, 0, '7'],
    [999, 0, '999'],
    [1567, 0, '1.567'],
    [1234567, 0, '1.234.567'],
    [-1567, 0, '-1.567'],
    [37.5, 2, '37,50'],
    [37.21, 3, '37,210'],
    [70, 2, '70,00'],
    [100, 2, '100,00'],
    [1234.5, 1, '1.234,5'],
    [-1234.5, 1, '-1.234,5'],
    [200 / 3, 2, '66,67'],
    [(7 / 9) * 100, 2, '77,78'],
    [0.29 * 100, 2, '29,00'],
    [1.005, 2, '1,01'],
    [999.995, 2, '1.000,00'],
    [-0.001, 2, '0,00'],
    [0.5, 0, '1'],
    [2.5, 0, '3'],
  ])('%d with %d decimals is %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });

  it('prints nothing for values that are not numbers', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY, 2)).toBe('');
  });

  it('refuses what it cannot print exactly', () => {
    expect(() => formatNumber(1e15)).toThrow(RangeError);
    expect(() => formatNumber(1, -1)).toThrow(RangeError);
    expect(() => formatNumber(1, 1.5)).toThrow(RangeError);
  });
});

describe('shorthands', () => {
  it('formats counts, percentages and serial numbers', () => {
    expect(formatInteger(1567)).toBe('1.567');
    expect(formatPercent(70)).toBe('70,00');
    expect(formatPercent((9 / 12) * 100)).toBe('75,00');
    expect(formatSerial(1, 300)).toBe('001');
    expect(formatSerial(42, 300)).toBe('042');
    expect(formatSerial(7, 15)).toBe('07');
    expect(formatSerial(1000, 1000)).toBe('1000');
  });
});
