import { describe, expect, it } from 'vitest';
import type { AwardForm } from '../../src/shared/awards';
import { detectHeader } from '../../src/main/imports/detect-header';
import { matchHeading } from '../../src/main/imports/headings';
import { awardFormIndex, parseRows } from '../../src/main/imports/parse-rows';
import {
  isCountLine,
  isSignatureLine,
  parseBirth,
  parseGender,
  sectionKind,
  splitHonorific,
} from '../../src/main/imports/sections';
import type { CellText, TextGrid } from '../../src/main/imports/cells';

const nfd = (s: string) => s.normalize('NFD');
const grid = (rows: string[][]): TextGrid =>
  rows.map((r) => r.map((text): CellText => ({ text, encoding: null })));

describe('matchHeading', () => {
  it.each([
    ['STT', 'stt'],
    ['TT', 'stt'],
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Họ và tên / Tên tập thể', 'fullName'],
    ['Tên tập thể', 'fullName'],
    [nfd('Chức vụ'), 'position'],
    ['Chức vụ, chức danh', 'position'],
    ['Đơn vị', 'unit'],
    ['Đơn vị công tác', 'unit'],
    ['Đơn vị đề nghị', 'proposingUnit'],
    ['Thành tích', 'achievement'],
    ['Tóm tắt thành tích', 'achievement'],
    ['Hình thức khen thưởng', 'awardForm'],
    ['Hình thức\nkhen thưởng', 'awardForm'],
    ['Giới tính', 'gender'],
    ['Ngày sinh', 'birth'],
    ['Năm sinh', 'birth'],
    ['Ghi chú', 'notes'],
    ['  ghi   chú ', 'notes'],
    ['Thành tích đạt được (năm 2020)', 'achievement'],
    ['Số điện thoại', null],
    ['', null],
  ])('%j → %s', (heading, field) => {
    expect(matchHeading(heading)).toBe(field);
  });
});

describe('sectionKind and list ends', () => {
  it.each([
    ['I. TẬP THỂ', 'tap_the'],
    ['II. CÁ NHÂN', 'ca_nhan'],
    ['ii. cá nhân', 'ca_nhan'],
    [nfd('I. Tập thể'), 'tap_the'],
    ['A. TẬP THỂ:', 'tap_the'],
    ['III - HỘ GIA ĐÌNH', 'ho_gia_dinh'],
    ['Cá nhân', 'ca_nhan'],
    ['Khen thưởng tập thể', 'tap_the'],
    ['Đã có thành tích xuất sắc trong phong trào của tập thể và cá nhân ở địa phương', null],
    ['Nguyễn Văn Mến', null],
    ['1', null],
  ])('section %j → %s', (text, kind) => {
    expect(sectionKind(text)).toBe(kind);
  });

  it.each([
    ['(Danh sách có 23 tập thể và 31 cá nhân)', true],
    ['Danh sách này có 54 đối tượng', true],
    ['Tổng cộng: 54', true],
    ['Danh sách tập thể', false],
  ])('count line %j → %s', (text, expected) => {
    expect(isCountLine(text)).toBe(expected);
  });

  it.each([
    ['T/M BAN THƯỜNG VỤ', true],
    ['TM. ỦY BAN NHÂN DÂN', true],
    ['KT. CHỦ TỊCH', true],
    ['Người lập biểu', true],
    ['Trần Minh Tâm', false],
  ])('signature %j → %s', (text, expected) => {
    expect(isSignatureLine(text)).toBe(expected);
  });
});

describe('splitHonorific', () => {
  it.each([
    ['Ông Nguyễn Văn Mến', 'ong', 'Nguyễn Văn Mến'],
    ['Bà Đinh Thị Thơm', 'ba', 'Đinh Thị Thơm'],
    ['BÀ ĐINH THỊ THƠM', 'ba', 'ĐINH THỊ THƠM'],
    ['ông. Lê Văn A', 'ong', 'Lê Văn A'],
    [nfd('Bà Lê Thị Kim Liên'), 'ba', 'Lê Thị Kim Liên'],
    ['Bá Văn Toàn', null, 'Bá Văn Toàn'],
    ['Ba Văn Toàn', null, 'Ba Văn Toàn'],
    ['Ông', null, 'Ông'],
    ['Đặng Diên', null, 'Đặng Diên'],
  ])('%j → %s + %j', (input, honorific, name) => {
    expect(splitHonorific(input)).toEqual({ honorific, name });
  });
});

describe('parseBirth and parseGender', () => {
  it.each([
    ['1975', '1975'],
    ['12/03/1975', '1975-03-12'],
    ['1/3/1975', '1975-03-01'],
    ['1975-03-12', '1975-03-12'],
    ['', ''],
    ['31/02/1975', null],
    ['năm 75', null],
  ])('birth %j → %j', (text, expected) => {
    expect(parseBirth(text)).toBe(expected);
  });

  it.each([
    ['Nam', 'nam'],
    ['NỮ', 'nu'],
    ['nu', 'nu'],
    ['', null],
    ['khác', null],
  ])('gender %j → %j', (text, expected) => {
    expect(parseGender(text)).toBe(expected);
  });
});

describe('detectHeader', () => {
  it('finds the heading below the title rows', () => {
    const detected = detectHeader(
      grid([
        ['BAN CHẤP HÀNH ĐẢNG BỘ', '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
        ['DANH SÁCH KHEN THƯỞNG'],
        [],
        ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức khen thưởng'],
        ['1', 'Nguyễn Văn Mến', 'Đảng viên', 'Đảng bộ xã Kỳ Hoa', 'Giấy khen'],
      ]),
    );
    expect(detected.headerRow).toBe(3);
    expect(detected.columns.map((c) => c.field)).toEqual([
      'stt',
      'fullName',
      'position',
      'unit',
      'awardForm',
    ]);
  });

  it('reads a heading spread over two rows (a group title above its columns)', () => {
    const detected = detectHeader(
      grid([
        ['STT', 'Thông tin cá nhân', 'Thông tin cá nhân', 'Đơn vị', 'Thành tích'],
        ['', 'Họ và tên', 'Năm sinh', '', ''],
        ['1', 'Lê Thị Kim Liên', '1980', 'Công an thị xã', 'Xuất sắc'],
      ]),
    );
    expect(detected.headerRow).toBe(1);
    expect(detected.columns.map((c) => c.field)).toEqual(['stt', 'fullName', 'birth', 'unit', 'achievement']);
  });

  it('needs a name column, and looks only at the first 20 rows', () => {
    expect(detectHeader(grid([['STT', 'Chức vụ', 'Đơn vị']])).headerRow).toBe(-1);
    const late = Array.from({ length: 21 }, () => ['x']).concat([['STT', 'Họ và tên', 'Đơn vị']]);
    expect(detectHeader(grid(late)).headerRow).toBe(-1);
  });
});

describe('parseRows', () => {
  const forms = awardFormIndex([
    {
      id: 1,
      name: 'Giấy khen',
      aliases: '',
      category: 'hinh_thuc',
      issuer: '',
      rank: 700,
      active: true,
      individualCoefficient: null,
      collectiveCoefficient: null,
      coefficientSource: '',
      revision: 1,
    },
    {
      id: 2,
      name: 'Giấy biểu dương',
      aliases: 'Biểu dương',
      category: 'bieu_duong',
      issuer: '',
      rank: 400,
      active: true,
      individualCoefficient: null,
      collectiveCoefficient: null,
      coefficientSource: '',
      revision: 1,
    },
  ] satisfies AwardForm[]);
  const sheet = grid([
    ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức khen thưởng', 'Ngày sinh'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['I. TẬP THỂ', 'I. TẬP THỂ', 'I. TẬP THỂ', 'I. TẬP THỂ', 'I. TẬP THỂ', 'I. TẬP THỂ'],
    ['1', 'Chi bộ Khối dân', '', '', 'Giấy khen'],
    ['2'],
    [],
    ['II. CÁ NHÂN'],
    ['3', 'Bà Đinh Thị Thơm', 'Cán bộ', 'Đảng bộ Công an thị xã', 'Biểu dương', '12/3/1980'],
    ['4', '', 'Cán bộ', 'Đảng bộ Công an thị xã', 'Giấy khen'],
    ['5', 'Ông Lê Văn Bình', 'Trưởng thôn', 'Xã Kỳ Hoa', 'Bằng khen hạng nhất', '30/02/1970'],
    ['6', 'Đinh Thị Thơm', 'Cán bộ', 'đảng bộ công an thị xã ', 'Giấy khen'],
    ['(Danh sách có 1 tập thể và 4 cá nhân)'],
    ['', '', '', 'T/M BAN THƯỜNG VỤ'],
    ['', '', '', 'Nguyễn Văn A'],
  ]);
  const rows = parseRows(sheet, 0, detectHeader(sheet).columns, forms);

  it('skips numbering, section, placeholder and blank rows and stops at the count line', () => {
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 8, 9, 10, 11]);
    expect(rows.map((r) => r.kind)).toEqual(['tap_the', 'ca_nhan', 'ca_nhan', 'ca_nhan', 'ca_nhan']);
  });

  it('splits honorifics, matches award forms by alias and reads dates', () => {
    expect(rows[1]).toMatchObject({
      honorific: 'ba',
      fullName: 'Đinh Thị Thơm',
      awardFormId: 2,
      birth: '1980-03-12',
      issues: [],
    });
  });

  it('lists every problem with its row and field', () => {
    expect(rows[2]?.issues).toEqual([{ field: 'fullName', key: 'missingName' }]);
    expect(rows[3]?.issues).toEqual([
      { field: 'awardFormId', key: 'unknownAwardForm', value: 'Bằng khen hạng nhất' },
      { field: 'birth', key: 'invalidBirth', value: '30/02/1970' },
    ]);
  });

  it('flags a duplicate inside the file by folded name and unit', () => {
    expect(rows[4]?.duplicateOfRow).toBe(8);
    expect(rows[1]?.duplicateOfRow).toBeNull();
  });

  it('reads on past an achievement that starts like a count line, and keeps its line breaks', () => {
    const withProse = grid([
      ['STT', 'Họ và tên', 'Thành tích', 'Ghi chú'],
      ['1', 'Hội Nông dân xã Kỳ Hoa', 'Tổng số vốn vay giải ngân 2 tỷ đồng', ''],
      ['2', 'Nguyễn Văn Mến', 'T/M chi hội, vận động hiến đất', 'Danh sách có tên năm 2019'],
      ['3', 'Bùi Thị Yến', '- Hai năm liền\n- Chiến sĩ thi đua', 'dòng 1\r\ndòng 2'],
      ['(Danh sách có 3 cá nhân)'],
      ['4', 'Không được đọc'],
    ]);
    // Cells read from a workbook carry their line breaks beside the one-line text.
    const cell = (text: string): CellText =>
      text.includes('\n')
        ? { text: text.replace(/\r?\n/g, ' '), encoding: null, lines: text.replace(/\r\n/g, '\n') }
        : { text, encoding: null };
    const sheetWithLines = withProse.map((row) => row.map((c) => cell(c.text)));
    const parsed = parseRows(sheetWithLines, 0, detectHeader(sheetWithLines).columns, forms);
    expect(parsed.map((r) => r.fullName)).toEqual([
      'Hội Nông dân xã Kỳ Hoa',
      'Nguyễn Văn Mến',
      'Bùi Thị Yến',
    ]);
    expect(parsed[2]).toMatchObject({
      achievement: '- Hai năm liền\n- Chiến sĩ thi đua',
      notes: 'dòng 1\ndòng 2',
    });
  });
});
