import type { FieldKey, FontKey, TemplateBody, TemplateField } from '../../../shared/certificates';
import { PAGE_PRESETS } from '../../../shared/certificates';

/**
 * The shipped templates, laid out top to bottom as DOMAIN.md describes a certificate (Decree
 * 50/2006 art. 28): emblem, heading, issuer in red, "TẶNG", the form in large red letters, the
 * recipient in the script face, position and unit, achievement; bottom left the decision and
 * register number, bottom right the dated place line, the signer's capacity and title, 35 mm for
 * signature and seal, the signer's name. Boxes are sized so that each field's wanted size fits
 * (a line needs about 0.48 mm per point of height: marks above capitals, descenders below).
 */

const RED = '#c00000';
const BLACK = '#000000';
const NAVY = '#0b2a7a';

interface Style {
  font: FontKey;
  size: number;
  minSize: number;
  color?: string;
  align?: TemplateField['align'];
  uppercase?: boolean;
  text?: string;
}

type Box = [x: number, y: number, width: number, height: number];

function field(key: FieldKey, [x, y, width, height]: Box, style: Style): TemplateField {
  return {
    key,
    enabled: true,
    x,
    y,
    width,
    height,
    font: style.font,
    size: style.size,
    minSize: style.minSize,
    color: style.color ?? BLACK,
    align: style.align ?? 'center',
    uppercase: style.uppercase ?? false,
    text: style.text ?? '',
  };
}

const OFFSET = { xMm: 0, yMm: 0, scale: 1 };

/** An A4 landscape Giấy khen or Giấy biểu dương: heading top right, signature block bottom right. */
function a4(name: string, partyHeader: boolean, registerPrefix: string): TemplateBody {
  const right = 162;
  const rightWidth = 115;
  return {
    name,
    page: { kind: 'a4_landscape', ...PAGE_PRESETS.a4_landscape },
    partyHeader,
    printBackground: false,
    offset: OFFSET,
    fields: [
      field('emblem', [133.5, 10, 30, 22], { font: 'serif', size: 12, minSize: 12 }),
      field('motto', partyHeader ? [175, 13, 108, 8] : [175, 11, 108, 13], {
        font: 'serif_bold',
        size: partyHeader ? 13 : 12,
        minSize: 9,
        color: partyHeader ? RED : BLACK,
      }),
      field('issuer', [28.5, 33, 240, 10], {
        font: 'serif_bold',
        size: 17,
        minSize: 11,
        color: RED,
        uppercase: true,
      }),
      field('tang', [118.5, 43, 60, 8], { font: 'serif_bold', size: 15, minSize: 12, text: 'TẶNG' }),
      field('formTitle', [38.5, 50, 220, 20], {
        font: 'serif_bold',
        size: 40,
        minSize: 26,
        color: RED,
        uppercase: true,
      }),
      field('recipient', [28.5, 71, 240, 15], { font: 'script', size: 30, minSize: 16, color: NAVY }),
      field('positionUnit', [33.5, 87, 230, 8], { font: 'serif', size: 14, minSize: 10 }),
      field('achievement', [33.5, 96, 230, 26], { font: 'serif_italic', size: 14, minSize: 10 }),
      field('datedLine', [right, 126, rightWidth, 7], { font: 'serif_italic', size: 13, minSize: 9 }),
      field('signerCapacity', [right, 133, rightWidth, 7], {
        font: 'serif_bold',
        size: 13,
        minSize: 9,
        uppercase: true,
      }),
      field('signerTitle', [right, 140, rightWidth, 7], {
        font: 'serif_bold',
        size: 13,
        minSize: 9,
        uppercase: true,
      }),
      // 35 mm under the title for the signature and the seal.
      field('signerName', [right, 182, rightWidth, 8], { font: 'serif_bold', size: 14, minSize: 10 }),
      field('decisionLine', [20, 160, 120, 14], {
        font: 'serif_italic',
        size: 11,
        minSize: 10,
        align: 'left',
      }),
      field('registerNumber', [20, 175, 120, 6], {
        font: 'serif',
        size: 11,
        minSize: 8,
        align: 'left',
        text: registerPrefix,
      }),
    ],
  };
}

/** The Bằng khen on 400 × 300 mm stock, heading centred under the emblem. */
function bangKhen(): TemplateBody {
  const right = 215;
  const rightWidth = 160;
  return {
    name: 'Bằng khen (400 × 300 mm)',
    page: { kind: 'bang_khen', ...PAGE_PRESETS.bang_khen },
    partyHeader: false,
    printBackground: false,
    offset: OFFSET,
    fields: [
      field('emblem', [180, 14, 40, 34], { font: 'serif', size: 12, minSize: 12 }),
      field('motto', [100, 50, 200, 18], { font: 'serif_bold', size: 16, minSize: 11 }),
      field('issuer', [40, 72, 320, 14], {
        font: 'serif_bold',
        size: 22,
        minSize: 14,
        color: RED,
        uppercase: true,
      }),
      field('tang', [160, 88, 80, 11], { font: 'serif_bold', size: 20, minSize: 14, text: 'TẶNG' }),
      field('formTitle', [50, 100, 300, 30], {
        font: 'serif_bold',
        size: 60,
        minSize: 36,
        color: RED,
        uppercase: true,
      }),
      field('recipient', [40, 133, 320, 21], { font: 'script', size: 40, minSize: 20, color: NAVY }),
      field('positionUnit', [45, 156, 310, 11], { font: 'serif', size: 18, minSize: 12 }),
      field('achievement', [45, 168, 310, 38], { font: 'serif_italic', size: 18, minSize: 12 }),
      field('datedLine', [right, 210, rightWidth, 10], { font: 'serif_italic', size: 16, minSize: 11 }),
      field('signerCapacity', [right, 220, rightWidth, 10], {
        font: 'serif_bold',
        size: 16,
        minSize: 11,
        uppercase: true,
      }),
      field('signerTitle', [right, 230, rightWidth, 10], {
        font: 'serif_bold',
        size: 16,
        minSize: 11,
        uppercase: true,
      }),
      // 35 mm under the title for the signature and the seal.
      field('signerName', [right, 275, rightWidth, 11], { font: 'serif_bold', size: 18, minSize: 12 }),
      field('decisionLine', [30, 245, 160, 20], {
        font: 'serif_italic',
        size: 14,
        minSize: 13,
        align: 'left',
      }),
      field('registerNumber', [30, 266, 160, 9], {
        font: 'serif',
        size: 14,
        minSize: 10,
        align: 'left',
        text: 'Số: ',
      }),
    ],
  };
}

/** The shipped templates, by stable key (the database seeds and updates them by this key). */
export const SHIPPED_TEMPLATES: Readonly<Record<string, TemplateBody>> = {
  giay_khen_dang: a4('Giấy khen (tiêu đề Đảng)', true, 'Số sổ vàng: '),
  giay_khen_nha_nuoc: a4('Giấy khen (tiêu đề Nhà nước)', false, 'Số sổ vàng: '),
  bang_khen: bangKhen(),
  giay_bieu_duong: a4('Giấy biểu dương', false, 'Số sổ: '),
};
