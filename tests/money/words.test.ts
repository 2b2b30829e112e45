import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from '../../src/shared/money/words';

describe('amountInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [90, 'Chín mươi đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm lẻ một đồng'],
    [105, 'Một trăm lẻ năm đồng'],
    [110, 'Một trăm mười đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [1_000, 'Một nghìn đồng'],
    [1_004, 'Một nghìn không trăm lẻ bốn đồng'],
    [10_000, 'Mười nghìn đồng'],
    [540_000, 'Năm trăm bốn mươi nghìn đồng'],
    [710_000, 'Bảy trăm mười nghìn đồng'],
    [1_750_000, 'Một triệu bảy trăm năm mươi nghìn đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [1_000_500, 'Một triệu năm trăm đồng'],
    [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
    [21_600_000, 'Hai mươi mốt triệu sáu trăm nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_500_000_000, 'Một tỷ năm trăm triệu đồng'],
    [2_005_000_000, 'Hai tỷ không trăm lẻ năm triệu đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [
      1_234_567_891_011,
      'Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một đồng',
    ],
  ])('%i → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('reads a zero ten as "linh" when asked', () => {
    expect(amountInWords(105, { zeroTen: 'linh' })).toBe('Một trăm linh năm đồng');
    expect(amountInWords(2_005_000_000, { zeroTen: 'linh' })).toBe('Hai tỷ không trăm linh năm triệu đồng');
  });

  it('writes precomposed letters (NFC), whatever the source file holds', () => {
    const words = amountInWords(1_750_000);
    expect(words).toBe(words.normalize('NFC'));
    expect(words.normalize('NFD')).not.toBe(words);
  });

  it('refuses what is not an amount', () => {
    expect(() => numberInWords(-1)).toThrow(RangeError);
    expect(() => numberInWords(1.5)).toThrow(RangeError);
    expect(() => numberInWords(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});
