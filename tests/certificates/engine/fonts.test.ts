import { describe, expect, it } from 'vitest';
import { FONT_KEYS } from '../../../src/shared/certificates';
import { createDocument, fontPaths, textWidth } from '../../../src/main/certificates/engine/fonts';
import { VIETNAMESE_LETTERS } from './sample';

/** pdfkit's current font: fontkit underneath, which tells whether a code point has a glyph. */
interface WithFont {
  _font: { font: { hasGlyphForCodePoint(code: number): boolean } };
}

describe('certificate fonts', () => {
  it('has the 134 precomposed Vietnamese letters in every face, the script face included', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    const doc = createDocument({ autoFirstPage: false });
    for (const key of FONT_KEYS) {
      const font = (doc.font(key) as unknown as WithFont)._font.font;
      const missing = VIETNAMESE_LETTERS.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
      expect({ key, missing }).toEqual({ key, missing: [] });
    }
  });

  it('finds the four files', () => {
    const paths = fontPaths();
    expect(paths.script).toMatch(/DancingScript_700Bold\.ttf$/);
    expect(paths.serif_bold).toMatch(/NotoSerif_700Bold\.ttf$/);
  });

  it('measures with the real metrics, linear in the size, wider in bold than regular', () => {
    const at10 = textWidth('serif', 10, 'Nguyễn Thị Minh Khai');
    expect(at10).toBeGreaterThan(50);
    expect(textWidth('serif', 20, 'Nguyễn Thị Minh Khai')).toBeCloseTo(at10 * 2, 6);
    expect(textWidth('serif_bold', 10, 'Nguyễn Thị Minh Khai')).toBeGreaterThan(at10);
    expect(textWidth('serif', 10, '')).toBe(0);
    // The same as a pdfkit document that draws it says.
    const doc = createDocument({ autoFirstPage: false });
    expect(doc.font('script').fontSize(31).widthOfString('Lê Thị Ánh Tuyết')).toBeCloseTo(
      textWidth('script', 31, 'Lê Thị Ánh Tuyết'),
      6,
    );
  });
});
