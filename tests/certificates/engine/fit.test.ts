import { describe, expect, it } from 'vitest';
import { blockHeight, fitText, prepareText, type FitSpec } from '../../../src/main/certificates/engine/fit';
import { textWidth, type TextWidth } from '../../../src/main/certificates/engine/fonts';
import { mmToPt } from '../../../src/main/certificates/engine/units';

/** Every character 0.5 em wide: sizes and line breaks can be worked out by hand. */
const halfEm: TextWidth = (_font, size, text) => Array.from(text).length * size * 0.5;
const spec = (over: Partial<FitSpec> = {}): FitSpec => ({
  font: 'serif',
  size: 20,
  minSize: 10,
  uppercase: false,
  ...over,
});

describe('prepareText', () => {
  it('normalises to NFC, collapses spaces, keeps hard line breaks, upper-cases the Vietnamese way', () => {
    expect(prepareText('  Nguye\u0302\u0303n   Văn\tA ', false)).toEqual(['Nguyễn Văn A']);
    expect(prepareText('a\n\nb', false)).toEqual(['a', 'b']);
    expect(prepareText('ban thường vụ thị ủy kỳ anh; đảng bộ', true)).toEqual([
      'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH; ĐẢNG BỘ',
    ]);
  });
});

describe('fitText with a hand-checkable width', () => {
  it('keeps a short text at its size, on one line', () => {
    const fit = fitText('Nguyễn Văn A', spec(), 200, 40, halfEm);
    expect(fit).toEqual({ size: 20, lines: [{ text: 'Nguyễn Văn A', width: 120 }], overflows: false });
  });

  it('shrinks in 0.5 pt steps to the largest size that fits on one line', () => {
    // 30 characters: 15 em; 200 pt wide allows 13.33 pt, so 13 pt.
    const fit = fitText('x'.repeat(30), spec(), 200, 40, halfEm);
    expect(fit.size).toBe(13);
    expect(fit.lines).toHaveLength(1);
  });

  it('wraps at the largest size whose lines fit the height once the minimum size is too wide', () => {
    // 10 words of 9 characters: 49.5 em on one line, too wide at 10 pt for 200 pt.
    const text = Array.from({ length: 10 }, () => 'abcdefghi').join(' ');
    const fit = fitText(text, spec(), 200, 200, halfEm);
    expect(fit.overflows).toBe(false);
    expect(fit.size).toBe(20);
    for (const line of fit.lines) expect(line.width).toBeLessThanOrEqual(200);
    expect(blockHeight(fit.lines.length, fit.size)).toBeLessThanOrEqual(200);
    expect(fit.lines.map((l) => l.text).join(' ')).toBe(text);
  });

  it('wraps first in a box with room for several lines, keeping the wanted size', () => {
    // 40 characters at 20 pt: 400 pt, twice the width. The box holds three lines at 20 pt, so
    // the text wraps at 20 pt rather than shrinking to 10 pt on one line.
    const text = 'xxxxxxxxx xxxxxxxxx xxxxxxxxx xxxxxxxxx';
    const tall = fitText(text, spec(), 200, blockHeight(3, 20), halfEm);
    expect(tall.size).toBe(20);
    expect(tall.lines.length).toBeGreaterThan(1);
    // A one-line box shrinks the same text instead.
    const flat = fitText(text, spec(), 200, blockHeight(1, 20), halfEm);
    expect(flat.lines).toHaveLength(1);
    expect(flat.size).toBe(10);
  });

  it('flags overflows at the minimum size when nothing fits, and never goes below it', () => {
    const text = Array.from({ length: 200 }, () => 'từ').join(' ');
    const fit = fitText(text, spec({ minSize: 12 }), 100, 30, halfEm);
    expect(fit.overflows).toBe(true);
    expect(fit.size).toBe(12);
    for (const line of fit.lines) expect(line.width).toBeLessThanOrEqual(100);
  });

  it('cuts a word longer than the line', () => {
    const fit = fitText('a'.repeat(40), spec({ size: 10, minSize: 10 }), 50, 500, halfEm);
    expect(fit.lines.map((l) => l.text)).toEqual([
      'a'.repeat(10),
      'a'.repeat(10),
      'a'.repeat(10),
      'a'.repeat(10),
    ]);
    expect(fit.overflows).toBe(false);
  });

  it('gives no lines for an empty text', () => {
    expect(fitText('  \n ', spec(), 100, 30, halfEm)).toEqual({ size: 20, lines: [], overflows: false });
  });
});

describe('fitText with the bundled fonts', () => {
  const sixty = 'Công ty Trách nhiệm hữu hạn Xây dựng và Thương mại Hưng Thái';

  it('shrinks a 60-character name to fit a 150 mm box on one line', () => {
    expect(Array.from(sixty)).toHaveLength(60);
    const width = mmToPt(150);
    const height = mmToPt(15);
    expect(textWidth('script', 30, sixty)).toBeGreaterThan(width);
    const fit = fitText(sixty, spec({ font: 'script', size: 30, minSize: 14 }), width, height, textWidth);
    expect(fit.overflows).toBe(false);
    expect(fit.size).toBeLessThan(30);
    expect(fit.size).toBeGreaterThanOrEqual(14);
    expect(fit.lines).toEqual([{ text: sixty, width: textWidth('script', fit.size, sixty) }]);
    expect(fit.lines[0]?.width).toBeLessThanOrEqual(width);
    // Half a point larger would not have fitted: it is the largest size that does.
    expect(textWidth('script', fit.size + 0.5, sixty)).toBeGreaterThan(width);
    expect(blockHeight(1, fit.size)).toBeLessThanOrEqual(height);
  });

  it('wraps a long achievement inside its box, unless flagged', () => {
    const achievement =
      'Đã có thành tích xuất sắc trong 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, góp phần hoàn thành thắng lợi nhiệm vụ chính trị của địa phương giai đoạn 2016 - 2021';
    for (const [w, h] of [
      [230, 26],
      [150, 20],
      [60, 10],
    ] as const) {
      const [width, height] = [mmToPt(w), mmToPt(h)];
      const fit = fitText(
        achievement,
        spec({ font: 'serif_italic', size: 14, minSize: 9 }),
        width,
        height,
        textWidth,
      );
      expect(fit.size).toBeGreaterThanOrEqual(9);
      const inside =
        fit.lines.every((l) => l.width <= width + 1e-6) &&
        blockHeight(fit.lines.length, fit.size) <= height + 1e-6;
      // Either it fits, or it says it does not (and the renderer clips it).
      expect(inside || fit.overflows).toBe(true);
      if (w !== 60)
        expect({ w, inside, lines: fit.lines.length > 1 }).toEqual({ w, inside: true, lines: true });
      else expect(fit.overflows).toBe(true);
    }
  });

  it('upper-cases before measuring', () => {
    const fit = fitText(
      'ban thường vụ thị ủy',
      spec({ font: 'serif_bold', uppercase: true }),
      1000,
      100,
      textWidth,
    );
    expect(fit.lines[0]?.text).toBe('BAN THƯỜNG VỤ THỊ ỦY');
    expect(fit.lines[0]?.width).toBeCloseTo(textWidth('serif_bold', 20, 'BAN THƯỜNG VỤ THỊ ỦY'), 6);
  });
});
