import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CertificateText, TemplateBody } from '../../../src/shared/certificates';
import {
  renderCalibration,
  renderCertificates,
  SHIPPED_TEMPLATES,
  type TemplateImages,
} from '../../../src/main/certificates/engine';
import { useTempDir } from '../../helpers';
import { pdfPages, pdfText, squeeze } from '../../documents/poppler';
import { emblemPng, noisyBackground } from './image';
import { LONG_NAME, SAMPLE, withRecipient } from './sample';

const tempDir = useTempDir('hoi-nghi-cert-');
const template = (key: string): TemplateBody => structuredClone(SHIPPED_TEMPLATES[key] as TemplateBody);
const NO_IMAGES: TemplateImages = { background: null, emblem: null };
const NAMES = ['Ông Nguyễn Văn Đức', 'Bà Trần Thị Thúy Hằng', LONG_NAME];

function poppler(tool: 'pdfinfo' | 'pdffonts', file: string): string {
  return execFileSync(`/usr/bin/${tool}`, [file], { encoding: 'utf8' });
}

async function render(body: TemplateBody, texts: CertificateText[], images = NO_IMAGES): Promise<string> {
  const file = join(tempDir(), `${Math.random().toString(36).slice(2)}.pdf`);
  await renderCertificates(body, texts, images, file);
  return file;
}

/** The /Image XObjects the file defines (object dictionaries are not compressed by pdfkit). */
const imageObjects = (file: string): number =>
  (readFileSync(file, 'latin1').match(/\/Subtype \/Image/g) ?? []).length;

describe('renderCertificates', () => {
  it('writes one A4 landscape page per certificate, titled, fonts embedded as subsets', async () => {
    const progress: number[] = [];
    const file = join(tempDir(), 'three.pdf');
    await renderCertificates(template('giay_khen_dang'), NAMES.map(withRecipient), NO_IMAGES, file, {
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2, 3]);
    const pdf = readFileSync(file);
    expect(pdfPages(pdf)).toBe(3);
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.276 pts/);
    expect(info).toMatch(/Title:\s+Giấy khen/);
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) {
      // name type encoding emb sub uni object ID: every font embedded, subset, with a ToUnicode map.
      expect(line).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\s/);
    }
    expect(fonts.some((l) => l.includes('DancingScript'))).toBe(true);
    expect(fonts.some((l) => l.includes('NotoSerif-Bold'))).toBe(true);
  });

  it('gives the names back exactly, every mark, also from NFD input', async () => {
    const texts = NAMES.map((n) => withRecipient(n.normalize('NFD')));
    const pdf = readFileSync(await render(template('giay_khen_nha_nuoc'), texts));
    NAMES.forEach((name, i) => {
      // Not normalised here: the PDF itself must hold the precomposed (NFC) letters.
      const page = squeeze(pdfText(pdf, i + 1));
      expect(page).toContain(name);
      expect(page).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(page).toContain('BAN THƯỜNG VỤ THỊ ỦY KỲ ANH');
      expect(page).toContain('GIẤY KHEN');
      expect(page).toContain('Số sổ vàng: 125/KT');
      expect(page).toContain('Nguyễn Văn Đức');
    });
    expect(pdfText(pdf)).not.toMatch(/[\u0300-\u036f]/);
  });

  it('uses the page size of the template: 400 × 300 mm for the Bằng khen', async () => {
    const file = await render(template('bang_khen'), [SAMPLE]);
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+1133\.86 x 850\.394 pts/);
  });

  it('embeds the background once however many pages, and only when the template prints it', async () => {
    const images = { background: noisyBackground(), emblem: emblemPng() };
    const body = template('giay_khen_dang');
    body.printBackground = true;
    const one = await render(body, [SAMPLE], images);
    const fifty = await render(
      body,
      Array.from({ length: 50 }, (_, i) => withRecipient(`Người thứ ${i + 1}`)),
      images,
    );
    expect(imageObjects(one)).toBe(2);
    expect(imageObjects(fifty)).toBe(2);
    expect(statSync(one).size).toBeGreaterThan(1_000_000);
    // 49 more pages of text add a few kilobytes each, not another copy of the 1.4 MB image.
    expect(statSync(fifty).size - statSync(one).size).toBeLessThan(300_000);
    body.printBackground = false;
    expect(imageObjects(await render(body, [SAMPLE], images))).toBe(1);
  });

  it('stops when aborted, rejecting with an AbortError and closing the file', async () => {
    const controller = new AbortController();
    const file = join(tempDir(), 'aborted.pdf');
    const progress: number[] = [];
    const texts = Array.from({ length: 200 }, (_, i) => withRecipient(`Người thứ ${i + 1}`));
    const run = renderCertificates(template('giay_khen_dang'), texts, NO_IMAGES, file, {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 5) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress.at(-1)).toBe(5);
    // The file is closed: the caller can delete it (or overwrite it) at once.
    if (existsSync(file)) writeFileSync(file, '');
    await expect(
      renderCertificates(template('giay_khen_dang'), texts, NO_IMAGES, file, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses an empty batch and a background that is not an image', async () => {
    await expect(render(template('giay_khen_dang'), [])).rejects.toThrow(/Không có giấy khen/);
    const body = template('giay_khen_dang');
    body.printBackground = true;
    await expect(
      render(body, [SAMPLE], { background: Buffer.from('not an image'), emblem: null }),
    ).rejects.toThrow();
  });
});

describe('renderCalibration', () => {
  it('draws one page of the template size with the grid numbers and a label at each field', async () => {
    const body = template('giay_khen_dang');
    body.offset = { xMm: 2.5, yMm: -1, scale: 1 };
    const file = join(tempDir(), 'calibration.pdf');
    await renderCalibration(body, file);
    const pdf = readFileSync(file);
    expect(pdfPages(pdf)).toBe(1);
    expect(poppler('pdfinfo', file)).toMatch(/Page size:\s+841\.89 x 595\.276 pts/);
    const text = squeeze(pdfText(pdf));
    for (const label of ['Người nhận', 'Quốc huy / biểu tượng', 'Hình thức khen', 'Người ký', '280', '200'])
      expect(text).toContain(label);
    expect(text).toContain('lệch ngang 2.5 mm, lệch dọc -1 mm');
  });
});
