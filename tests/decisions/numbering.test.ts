import { describe, expect, it } from 'vitest';
import {
  allocateNumbers,
  formatRegisterNumber,
  inCertificateOrder,
} from '../../src/main/decisions/numbering';

describe('register numbers', () => {
  it('writes prefix, the running number padded, and suffix', () => {
    expect(formatRegisterNumber({ prefix: '', suffix: '/KT', padding: 0 }, 125)).toBe('125/KT');
    expect(formatRegisterNumber({ prefix: 'GK-', suffix: '', padding: 4 }, 7)).toBe('GK-0007');
    expect(formatRegisterNumber({ prefix: 'Số ', suffix: '/QĐ', padding: 3 }, 12)).toBe('Số 012/QĐ');
  });

  it('never cuts a number longer than its padding', () => {
    expect(formatRegisterNumber({ prefix: '', suffix: '', padding: 2 }, 12345)).toBe('12345');
  });

  it('allocates consecutive numbers and moves the counter past them', () => {
    const { numbers, nextNumber } = allocateNumbers({ prefix: '', suffix: '/KT', padding: 0 }, 125, 3);
    expect(numbers).toEqual([
      { seq: 125, text: '125/KT' },
      { seq: 126, text: '126/KT' },
      { seq: 127, text: '127/KT' },
    ]);
    expect(nextNumber).toBe(128);
    expect(allocateNumbers({ prefix: '', suffix: '', padding: 0 }, 9, 0)).toEqual({
      numbers: [],
      nextNumber: 9,
    });
  });

  it('orders by rank, highest first, then by list order, without touching the input', () => {
    const input = [
      { rank: 700, order: 1, name: 'a' },
      { rank: 900, order: 4, name: 'b' },
      { rank: 700, order: 0, name: 'c' },
      { rank: 900, order: 2, name: 'd' },
    ];
    expect(inCertificateOrder(input).map((x) => x.name)).toEqual(['d', 'b', 'c', 'a']);
    expect(input.map((x) => x.name)).toEqual(['a', 'b', 'c', 'd']);
  });
});
