import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configureFontsDir,
  estimateLines,
  estimateTextWidth,
  normalizeDefinition,
  renderPdf,
  resolveFontsDir,
  type Content,
  type TDocumentDefinitions,
} from '../../src/main/documents/pdf';
import { pdfPages, pdfText } from './poppler';

const ROOT = resolve(__dirname, '..', '..');
const FONTS = join(ROOT, 'resources', 'fonts');
const nfd = (s: string) => s.normalize('NFD');

describe('resolveFontsDir', () => {
  it('finds resources/fonts from the source tree and from the built host two levels down', () => {
    expect(resolveFontsDir()).toBe(FONTS);
    expect(resolveFontsDir(undefined, join(ROOT, 'out', 'main'))).toBe(FONTS);
    expect(resolveFontsDir(undefined, join(ROOT, 'out', 'main', 'chunks'))).toBe(FONTS);
  });

  it('takes an override or a configured folder, and says plainly when a folder holds no fonts', () => {
    expect(resolveFontsDir(FONTS)).toBe(FONTS);
    configureFontsDir(FONTS);
    expect(resolveFontsDir(undefined, tmpdir())).toBe(FONTS);
    configureFontsDir(undefined);
    expect(() => resolveFontsDir(undefined, tmpdir())).toThrow(/resources\/fonts/);
    const empty = mkdtempSync(join(tmpdir(), 'hoi-nghi-fonts-'));
    try {
      expect(() => resolveFontsDir(empty)).toThrow(/phông chữ/);
      expect(() => resolveFontsDir(undefined, empty)).toThrow(/resources\/fonts/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('normalizeDefinition', () => {
  it('copies the definition with every text in NFC and leaves the input alone', () => {
    const input: TDocumentDefinitions = {
      content: [nfd('Hội nghị'), { text: [nfd('Đinh Thị Thơm'), { text: nfd('Kỳ Anh'), bold: true }] }],
      footer: () => nfd('Trang một'),
    };
    const out = normalizeDefinition(input);
    expect(out.content).toEqual(['Hội nghị', { text: ['Đinh Thị Thơm', { text: 'Kỳ Anh', bold: true }] }]);
    expect(out.footer?.(1, 1)).toBe('Trang một');
    expect((input.content as Content[])[0]).toBe(nfd('Hội nghị'));
  });
});

describe('text estimates', () => {
  it('measures Vietnamese letters as their base letters, a little over', () => {
    const plain = estimateTextWidth('Dinh Thi Thom', 10);
    expect(estimateTextWidth('Đinh Thị Thơm', 10)).toBeGreaterThanOrEqual(plain);
    expect(estimateTextWidth(nfd('Đinh Thị Thơm'), 10)).toBe(estimateTextWidth('Đinh Thị Thơm', 10));
    expect(estimateTextWidth('Giấy khen', 10)).toBeGreaterThan(40);
  });

  it('wraps at spaces and cuts words longer than a line', () => {
    expect(estimateLines('Giấy khen', 10, 200)).toBe(1);
    expect(estimateLines('Trường Trung học cơ sở Kỳ Hoa, phường Kỳ Hoa', 10, 100)).toBeGreaterThanOrEqual(3);
    expect(estimateLines('x'.repeat(100), 10, 100)).toBeGreaterThanOrEqual(5);
    expect(estimateLines('', 10, 100)).toBe(1);
  });
});

describe('renderPdf', () => {
  it('renders every Vietnamese letter, in NFC even when given NFD', async () => {
    const letters =
      'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';
    const pdf = await renderPdf({
      content: [
        { text: nfd('BIÊN BẢN KIỂM PHIẾU'), bold: true },
        nfd('Đinh Thị Thơm, Nguyễn Văn Mến'),
        { text: nfd('Kỳ Anh, ngày 19 tháng 5 năm 2021'), italics: true },
        { text: nfd(letters), bold: true, italics: true },
      ],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(text).toContain('Đinh Thị Thơm, Nguyễn Văn Mến');
    expect(text).toContain('Kỳ Anh, ngày 19 tháng 5 năm 2021');
    // The 134 letters make one word longer than a line, which pdfmake cuts: compare without breaks.
    expect(text.replace(/\s+/g, '')).toContain(letters);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('reads no file but the fonts and fetches nothing', async () => {
    const image = (src: string) => ({ content: [{ image: src }] }) as unknown as TDocumentDefinitions;
    await expect(renderPdf(image(join(ROOT, 'package.json')))).rejects.toThrow();
    await expect(renderPdf(image('https://example.com/seal.png'))).rejects.toThrow();
  });
});
