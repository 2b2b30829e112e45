import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldLayout, TemplateBody } from '../../../src/shared/certificates';
import { layoutCertificate, SHIPPED_TEMPLATES } from '../../../src/main/certificates/engine';
import { FieldPainter } from '../../../src/main/certificates/engine/draw';
import { newCertificateDocument, pageSize, streamTo } from '../../../src/main/certificates/engine/render';
import { mmToPt } from '../../../src/main/certificates/engine/units';
import { useTempDir } from '../../helpers';
import { SAMPLE } from './sample';

const tempDir = useTempDir('hoi-nghi-draw-');
const body = SHIPPED_TEMPLATES.giay_khen_dang as TemplateBody;

/** A one-page PDF of the fields, drawn by `paint`. */
async function page(file: string, fields: FieldLayout[], how: 'painter' | 'pdfkit'): Promise<string> {
  const doc = newCertificateDocument('t');
  const { finished } = streamTo(doc, file);
  const size = pageSize(body);
  doc.addPage({ size, margin: 0 });
  const painter = new FieldPainter(doc, size[1]);
  for (const f of fields) {
    if (how === 'painter') painter.paint(f);
    else {
      doc.save();
      doc.rect(mmToPt(f.x), mmToPt(f.y), mmToPt(f.width), mmToPt(f.height)).clip();
      doc.font(f.font).fontSize(f.size).fillColor(f.color);
      for (const l of f.lines)
        doc.text(l.text, mmToPt(l.x), mmToPt(l.baseline), { lineBreak: false, baseline: 'alphabetic' });
      doc.restore();
    }
  }
  doc.end();
  await finished;
  return file;
}

/** Every word with its box, as pdftotext -bbox reads them. */
function words(file: string): { word: string; box: number[] }[] {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ word: m[5] ?? '', box: m.slice(1, 5).map(Number) }));
}

/** The page as RGB pixels (pdftoppm's PPM: a text header, then 3 bytes a pixel). */
function pixels(file: string, dpi: number): { width: number; height: number; data: Buffer } {
  const ppm = execFileSync('/usr/bin/pdftoppm', ['-r', String(dpi), '-singlefile', file]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  return { width: Number(header[1]), height: Number(header[2]), data: ppm.subarray(header[0].length) };
}

describe('FieldPainter', () => {
  it('puts every word where pdfkit text() puts it', async () => {
    const fields = layoutCertificate(body, SAMPLE);
    const fast = words(await page(join(tempDir(), 'fast.pdf'), fields, 'painter'));
    const slow = words(await page(join(tempDir(), 'slow.pdf'), fields, 'pdfkit'));
    expect(fast.length).toBeGreaterThan(60);
    expect(fast.map((w) => w.word)).toEqual(slow.map((w) => w.word));
    fast.forEach((w, i) => w.box.forEach((v, j) => expect(v).toBeCloseTo(slow[i]?.box[j] ?? NaN, 1)));
    expect(readFileSync(join(tempDir(), 'fast.pdf')).length).toBeGreaterThan(1000);
  });

  it('never draws outside the field box, even when the text overflows', async () => {
    // A long text forced into a small box at a large size: the layout flags it, the clip holds it.
    const box = { x: 100, y: 80, width: 40, height: 12 };
    const field: FieldLayout = {
      key: 'recipient',
      ...box,
      font: 'script',
      size: 48,
      color: '#000000',
      align: 'left',
      lines: [
        { text: 'Trường Trung học cơ sở Nguyễn Thị Minh Khai', x: 90, baseline: 95, width: 200 },
        { text: 'phường Hưng Trí thị xã Kỳ Anh', x: 100, baseline: 110, width: 150 },
      ],
      overflows: true,
    };
    const dpi = 36;
    const { width, height, data } = pixels(await page(join(tempDir(), 'clip.pdf'), [field], 'painter'), dpi);
    const px = (mm: number) => (mm / 25.4) * dpi;
    let inside = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 3;
        const ink = (data[at] ?? 255) < 200 || (data[at + 1] ?? 255) < 200 || (data[at + 2] ?? 255) < 200;
        if (!ink) continue;
        // One pixel of slack for anti-aliasing at the box's edge.
        const within =
          x >= px(box.x) - 1 &&
          x <= px(box.x + box.width) + 1 &&
          y >= px(box.y) - 1 &&
          y <= px(box.y + box.height) + 1;
        expect({ x, y, within }).toEqual({ x, y, within: true });
        inside += 1;
      }
    expect(inside).toBeGreaterThan(20);
  });
});
