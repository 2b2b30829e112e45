import { describe, expect, it } from 'vitest';
import { templateBodyRecord, type TemplateBody, type TemplateField } from '../../../src/shared/certificates';
import { layoutCertificate, SHIPPED_TEMPLATES } from '../../../src/main/certificates/engine';
import { blockHeight } from '../../../src/main/certificates/engine/fit';
import { EXTENT_ABOVE, EXTENT_BELOW, textWidth } from '../../../src/main/certificates/engine/fonts';
import { fieldText, layoutFields } from '../../../src/main/certificates/engine/layout';
import { ptToMm } from '../../../src/main/certificates/engine/units';
import { SAMPLE, LONG_NAME, withRecipient } from './sample';

const giayKhen = (): TemplateBody => structuredClone(SHIPPED_TEMPLATES.giay_khen_dang as TemplateBody);
const fieldOf = (body: TemplateBody, key: TemplateField['key']): TemplateField => {
  const found = body.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('what each field prints', () => {
  it('takes the heading from the template, TẶNG and the number prefix from the field', () => {
    const party = giayKhen();
    const state = structuredClone(SHIPPED_TEMPLATES.giay_khen_nha_nuoc as TemplateBody);
    expect(fieldText(fieldOf(party, 'motto'), party, SAMPLE)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(fieldText(fieldOf(state, 'motto'), state, SAMPLE)).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    );
    expect(fieldText(fieldOf(party, 'tang'), party, SAMPLE)).toBe('TẶNG');
    expect(fieldText({ ...fieldOf(party, 'tang'), text: '' }, party, SAMPLE)).toBe('TẶNG');
    expect(fieldText(fieldOf(party, 'registerNumber'), party, SAMPLE)).toBe('Số sổ vàng: 125/KT');
    expect(fieldText(fieldOf(party, 'registerNumber'), party, { ...SAMPLE, registerNumber: '' })).toBe('');
    expect(fieldText(fieldOf(party, 'recipient'), party, SAMPLE)).toBe(LONG_NAME);
    expect(fieldText(fieldOf(party, 'emblem'), party, SAMPLE)).toBe('');
  });

  it('lays the state motto out on its two lines, and the emblem with none', () => {
    const state = structuredClone(SHIPPED_TEMPLATES.giay_khen_nha_nuoc as TemplateBody);
    const layout = layoutCertificate(state, SAMPLE);
    expect(layout.find((f) => f.key === 'motto')?.lines.map((l) => l.text)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(layout.find((f) => f.key === 'emblem')?.lines).toEqual([]);
  });

  it('leaves out disabled fields', () => {
    const body = giayKhen();
    fieldOf(body, 'tang').enabled = false;
    const keys = layoutCertificate(body, SAMPLE).map((f) => f.key);
    expect(keys).not.toContain('tang');
    expect(keys).toHaveLength(body.fields.length - 1);
  });
});

describe('alignment', () => {
  it('puts each line at the left edge, the centre or against the right edge of the box', () => {
    const body = giayKhen();
    const name = fieldOf(body, 'signerName');
    const text = { ...SAMPLE, signerName: 'Lê Văn Bình' };
    const width = ptToMm(textWidth(name.font, name.size, text.signerName));
    const at = (align: TemplateField['align']) => {
      name.align = align;
      const line = layoutCertificate(body, text).find((f) => f.key === 'signerName')?.lines[0];
      if (!line) throw new Error('no line');
      return line;
    };
    expect(at('left').x).toBeCloseTo(name.x, 9);
    expect(at('center').x).toBeCloseTo(name.x + (name.width - width) / 2, 9);
    expect(at('right').x).toBeCloseTo(name.x + name.width - width, 9);
    expect(at('right').width).toBeCloseTo(width, 9);
    // One line, centred in the box's height.
    const extent = ptToMm((EXTENT_ABOVE + EXTENT_BELOW) * name.size);
    expect(at('left').baseline).toBeCloseTo(
      name.y + (name.height - extent) / 2 + ptToMm(EXTENT_ABOVE * name.size),
      9,
    );
  });
});

describe('printer offset', () => {
  it('is applied when printing only: moved by x and y, scaled around the top-left corner', () => {
    const body = giayKhen();
    body.offset = { xMm: 3, yMm: -2, scale: 0.9 };
    const design = layoutCertificate(body, SAMPLE);
    const printed = layoutFields(body, SAMPLE, { forPrint: true });
    const plain = layoutCertificate({ ...body, offset: { xMm: 0, yMm: 0, scale: 1 } }, SAMPLE);
    expect(design).toEqual(plain);
    for (const [i, field] of body.fields.entries()) {
      expect(design[i]?.x).toBe(field.x);
      const p = printed[i];
      expect(p?.x).toBeCloseTo(field.x * 0.9 + 3, 9);
      expect(p?.y).toBeCloseTo(field.y * 0.9 - 2, 9);
      expect(p?.width).toBeCloseTo(field.width * 0.9, 9);
      expect(p?.height).toBeCloseTo(field.height * 0.9, 9);
      if (field.key !== 'emblem') expect(p?.size).toBeLessThanOrEqual(field.size * 0.9 + 1e-9);
    }
  });
});

describe('shipped templates', () => {
  const long = withRecipient(LONG_NAME);
  for (const [key, template] of Object.entries(SHIPPED_TEMPLATES)) {
    it(`${key}: valid, every box on the page, every line inside its box with the sample text`, () => {
      const body = templateBodyRecord.parse(template);
      expect(body.printBackground).toBe(false);
      expect(body.offset).toEqual({ xMm: 0, yMm: 0, scale: 1 });
      expect(new Set(body.fields.map((f) => f.key)).size).toBe(body.fields.length);
      const { widthMm, heightMm } = body.page;
      for (const text of [SAMPLE, long, withRecipient('Bà Lê Thị Hoa')]) {
        for (const f of layoutCertificate(body, text)) {
          expect(f.x).toBeGreaterThanOrEqual(0);
          expect(f.y).toBeGreaterThanOrEqual(0);
          expect(f.x + f.width).toBeLessThanOrEqual(widthMm);
          expect(f.y + f.height).toBeLessThanOrEqual(heightMm);
          expect({ key: f.key, overflows: f.overflows }).toEqual({ key: f.key, overflows: false });
          const first = f.lines[0];
          if (!first) continue;
          const top = first.baseline - ptToMm(EXTENT_ABOVE * f.size);
          expect(top).toBeGreaterThanOrEqual(f.y - 1e-9);
          expect(top + ptToMm(blockHeight(f.lines.length, f.size))).toBeLessThanOrEqual(
            f.y + f.height + 1e-9,
          );
          for (const line of f.lines) {
            expect(line.x).toBeGreaterThanOrEqual(f.x - 1e-9);
            expect(line.x + line.width).toBeLessThanOrEqual(f.x + f.width + 1e-9);
          }
        }
      }
    });
  }

  it('shrinks the long collective name rather than wrapping it', () => {
    const recipient = layoutCertificate(SHIPPED_TEMPLATES.giay_khen_dang as TemplateBody, SAMPLE).find(
      (f) => f.key === 'recipient',
    );
    expect(recipient?.lines.map((l) => l.text)).toEqual([LONG_NAME]);
    expect(recipient?.size).toBeLessThan(30);
  });

  it('orders the fields top to bottom as a certificate reads', () => {
    const body = SHIPPED_TEMPLATES.bang_khen as TemplateBody;
    const y = (key: TemplateField['key']) => fieldOf(body, key).y;
    const order = [
      'emblem',
      'motto',
      'issuer',
      'tang',
      'formTitle',
      'recipient',
      'positionUnit',
      'achievement',
    ] as const;
    for (let i = 1; i < order.length; i++)
      expect(y(order[i] ?? 'emblem')).toBeGreaterThan(y(order[i - 1] ?? 'emblem'));
    // 35 mm between the signer's title and name for the signature and seal.
    expect(y('signerName') - (y('signerTitle') + fieldOf(body, 'signerTitle').height)).toBeGreaterThanOrEqual(
      35,
    );
  });
});
