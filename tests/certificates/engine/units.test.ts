import { describe, expect, it } from 'vitest';
import { mmToPt, ptToMm } from '../../../src/main/certificates/engine/units';

describe('millimetres and points', () => {
  it('converts known sizes: an inch is 25.4 mm and 72 pt, A4 is 595.28 × 841.89 pt', () => {
    expect(mmToPt(25.4)).toBeCloseTo(72, 10);
    expect(ptToMm(72)).toBeCloseTo(25.4, 10);
    expect(mmToPt(210)).toBeCloseTo(595.2756, 3);
    expect(mmToPt(297)).toBeCloseTo(841.8898, 3);
    expect(mmToPt(400)).toBeCloseTo(1133.8583, 3);
    expect(mmToPt(0)).toBe(0);
    expect(mmToPt(-10)).toBeCloseTo(-28.3465, 3);
  });

  it('round-trips both ways', () => {
    for (const value of [0.1, 1, 12.5, 35, 297, 999.9]) {
      expect(ptToMm(mmToPt(value))).toBeCloseTo(value, 9);
      expect(mmToPt(ptToMm(value))).toBeCloseTo(value, 9);
    }
  });
});
