import { describe, expect, it } from 'vitest';
import {
  certificateText,
  datedLineOf,
  decisionLineOf,
  SAMPLE_TEXT,
  type AwardSource,
  type TextDefaults,
} from '../../src/main/certificates/text';

const SOURCE: AwardSource = {
  kind: 'ca_nhan',
  honorific: 'ba',
  fullName: 'Đinh Thị Thơm',
  position: 'Bí thư Chi bộ',
  unitName: 'Đảng bộ xã Kỳ Hoa',
  achievement: 'Đã có thành tích xuất sắc trong công tác xây dựng Đảng năm 2021',
  registerNumber: '125/KT',
  formName: 'Giấy khen',
  decisionNumber: '123-QĐ/ThU',
  decisionDate: '2021-05-19',
  issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Hoàng Văn Bình',
  placeName: 'Kỳ Anh',
};

const DEFAULTS: TextDefaults = {
  issuer: 'Thị ủy Kỳ Anh',
  placeName: 'Thị xã Kỳ Anh',
  signerTitle: 'Phó Bí thư',
  signerName: 'Lê Văn Khánh',
};

const isNfc = (text: Record<string, string>) => Object.values(text).every((v) => v === v.normalize('NFC'));

describe('certificate text', () => {
  it('writes a person’s certificate as the decision says it', () => {
    expect(certificateText(SOURCE, DEFAULTS)).toEqual({
      issuer: 'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      formTitle: 'GIẤY KHEN',
      recipient: 'Bà Đinh Thị Thơm',
      positionUnit: 'Bí thư Chi bộ, Đảng bộ xã Kỳ Hoa',
      achievement: 'Đã có thành tích xuất sắc trong công tác xây dựng Đảng năm 2021',
      decisionLine: 'Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021',
      registerNumber: '125/KT',
      datedLine: 'Kỳ Anh, ngày 19 tháng 5 năm 2021',
      signerCapacity: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'BÍ THƯ',
      signerName: 'Hoàng Văn Bình',
    });
  });

  it('gives "Ông"/"Bà" only to a person whose honorific is known, and once', () => {
    expect(
      certificateText({ ...SOURCE, honorific: 'ong', fullName: 'Nguyễn Văn Mến' }, DEFAULTS).recipient,
    ).toBe('Ông Nguyễn Văn Mến');
    expect(certificateText({ ...SOURCE, honorific: null }, DEFAULTS).recipient).toBe('Đinh Thị Thơm');
    expect(certificateText({ ...SOURCE, fullName: 'bà Đinh Thị Thơm' }, DEFAULTS).recipient).toBe(
      'bà Đinh Thị Thơm',
    );
  });

  it('names a collective without an honorific and without repeating its unit', () => {
    const collective = certificateText(
      {
        ...SOURCE,
        kind: 'tap_the',
        honorific: 'ong',
        fullName: 'Chi bộ Khối dân',
        position: '',
        unitName: 'Chi bộ khối dân',
      },
      DEFAULTS,
    );
    expect(collective.recipient).toBe('Chi bộ Khối dân');
    expect(collective.positionUnit).toBe('');
    const household = certificateText(
      {
        ...SOURCE,
        kind: 'ho_gia_dinh',
        honorific: null,
        fullName: 'Hộ ông Trần Văn Đức',
        position: '',
        unitName: 'Thôn Tây Yên',
      },
      DEFAULTS,
    );
    expect(household).toMatchObject({ recipient: 'Hộ ông Trần Văn Đức', positionUnit: 'Thôn Tây Yên' });
    expect(certificateText({ ...SOURCE, unitName: '' }, DEFAULTS).positionUnit).toBe('Bí thư Chi bộ');
    expect(certificateText({ ...SOURCE, position: '' }, DEFAULTS).positionUnit).toBe('Đảng bộ xã Kỳ Hoa');
  });

  it.each([
    [
      'Chủ tịch Hội Chữ thập đỏ thị xã',
      'Hội Chữ thập đỏ thị xã Kỳ Anh',
      'Chủ tịch Hội Chữ thập đỏ thị xã Kỳ Anh',
    ],
    [
      'Chủ tịch Hội Chữ thập đỏ thị xã Kỳ Anh',
      'Hội Chữ thập đỏ thị xã Kỳ Anh',
      'Chủ tịch Hội Chữ thập đỏ thị xã Kỳ Anh',
    ],
    [
      'Chủ tịch Hội Chữ Thập Đỏ thị xã Kỳ Anh',
      'hoi chu thap do thi xa ky anh',
      'Chủ tịch Hội Chữ Thập Đỏ thị xã Kỳ Anh',
    ],
    ['Bí thư Chi bộ', 'Chi bộ Khối dân', 'Bí thư Chi bộ Khối dân'],
    [
      'Hiệu trưởng Trường Tiểu học Kỳ Hoa, thị xã Kỳ Anh',
      'Trường Tiểu học Kỳ Hoa',
      'Hiệu trưởng Trường Tiểu học Kỳ Hoa, thị xã Kỳ Anh',
    ],
    // One shared word, or a unit that only starts like the position's end, is two things.
    ['Cán bộ', 'Bộ Chỉ huy Quân sự tỉnh', 'Cán bộ, Bộ Chỉ huy Quân sự tỉnh'],
    ['Bí thư Chi bộ', 'Đảng bộ xã Kỳ Hoa', 'Bí thư Chi bộ, Đảng bộ xã Kỳ Hoa'],
    ['Trưởng thôn', 'Thôn Tây Yên', 'Trưởng thôn, Thôn Tây Yên'],
  ])('prints a unit the position already names once: %j + %j', (position, unitName, expected) => {
    expect(certificateText({ ...SOURCE, position, unitName }, DEFAULTS).positionUnit).toBe(expected);
  });

  it('fills what the decision leaves empty from the conference and the settings', () => {
    const text = certificateText(
      { ...SOURCE, issuer: '', placeName: ' ', signerTitle: '', signerName: '' },
      DEFAULTS,
    );
    expect(text).toMatchObject({
      issuer: 'THỊ ỦY KỲ ANH',
      datedLine: 'Thị xã Kỳ Anh, ngày 19 tháng 5 năm 2021',
      signerTitle: 'PHÓ BÍ THƯ',
      signerName: 'Lê Văn Khánh',
    });
  });

  it('writes dates the way documents do, in every month', () => {
    expect(decisionLineOf('45-QĐ/ĐU', '2024-01-02')).toBe('Quyết định số 45-QĐ/ĐU ngày 02 tháng 01 năm 2024');
    expect(decisionLineOf('', '2024-12-31')).toBe('Quyết định ngày 31 tháng 12 năm 2024');
    expect(datedLineOf('Kỳ Anh', '2024-10-09')).toBe('Kỳ Anh, ngày 09 tháng 10 năm 2024');
    expect(datedLineOf('', '2024-10-09')).toBe('Ngày 09 tháng 10 năm 2024');
    expect(datedLineOf('Kỳ Anh', 'not a date')).toBe('Kỳ Anh');
  });

  it('gives NFC text from decomposed input, upper-casing every mark', () => {
    const nfd = Object.fromEntries(
      Object.entries(SOURCE).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.normalize('NFD') : value,
      ]),
    ) as unknown as AwardSource;
    expect(nfd.fullName).not.toBe(SOURCE.fullName);
    const text = certificateText(nfd, DEFAULTS);
    expect(text).toEqual(certificateText(SOURCE, DEFAULTS));
    expect(isNfc(text)).toBe(true);
    expect(
      certificateText({ ...SOURCE, formName: 'giấy biểu dương'.normalize('NFD') }, DEFAULTS).formTitle,
    ).toBe('GIẤY BIỂU DƯƠNG');
  });

  it('has a sample for the preview before any award exists', () => {
    expect(SAMPLE_TEXT).toMatchObject({
      recipient: 'Ông Nguyễn Văn Mến',
      positionUnit: 'Bí thư Chi bộ, Đảng bộ xã Kỳ Hoa',
      issuer: 'BAN THƯỜNG VỤ THỊ ỦY KỲ ANH',
      formTitle: 'GIẤY KHEN',
    });
    expect(isNfc(SAMPLE_TEXT)).toBe(true);
  });
});
