import { describe, expect, it } from 'vitest';
import type { AwardForm } from '../../src/shared/awards';
import type { CellText, TextGrid } from '../../src/main/imports/cells';
import { awardCodesOf, withKindColumn } from '../../src/main/imports/code-columns';
import { detectHeader } from '../../src/main/imports/detect-header';
import { matchHeading } from '../../src/main/imports/headings';
import { awardFormIndex, parseRows } from '../../src/main/imports/parse-rows';
import { kindOfCode, looksLikeSection, splitRank } from '../../src/main/imports/sections';

const grid = (rows: string[][]): TextGrid =>
  rows.map((r) => r.map((text): CellText => ({ text, encoding: null })));

const forms = awardFormIndex([
  {
    id: 1,
    revision: 1,
    name: 'Giấy khen',
    aliases: '',
    category: 'hinh_thuc',
    issuer: '',
    rank: 700,
    active: true,
    individualCoefficient: null,
    collectiveCoefficient: null,
    coefficientSource: '',
  },
  {
    id: 2,
    revision: 1,
    name: 'Bằng khen',
    aliases: '',
    category: 'hinh_thuc',
    issuer: '',
    rank: 900,
    active: true,
    individualCoefficient: null,
    collectiveCoefficient: null,
    coefficientSource: '',
  },
] satisfies AwardForm[]);

describe('codes of other commendation software', () => {
  it.each([
    ['TAPTHE', 'tap_the'],
    ['CANHAN', 'ca_nhan'],
    ['HOGIADINH', 'ho_gia_dinh'],
    ['ca_nhan', 'ca_nhan'],
    ['Tập thể', 'tap_the'],
    ['Cá nhân', 'ca_nhan'],
    ['Hộ gia đình', 'ho_gia_dinh'],
    ['Hộ', 'ho_gia_dinh'],
    ['Giấy khen', null],
    ['', null],
  ])('kind %j → %s', (text, kind) => {
    expect(kindOfCode(text)).toBe(kind);
  });

  it.each([
    ['Tên đơn vị / tập thể', 'fullName'],
    ['Tên đơn vị/tập thể', 'fullName'],
    ['Loại đối tượng', 'kind'],
    ['Mã đối tượng', 'kind'],
  ])('heading %j → %s', (heading, field) => {
    expect(matchHeading(heading)).toBe(field);
  });

  it('reads the kind from a column of codes, even under a heading it does not know', () => {
    const sheet = grid([
      ['STT', 'Họ và tên', 'Phân loại', 'Hình thức khen thưởng'],
      ['1', 'Trường Tiểu học Kỳ Hoa', 'TAPTHE', 'Giấy khen'],
      ['2', 'Gia đình ông Lê Văn Hải', 'HOGIADINH', 'Giấy khen'],
      ['3', 'Ông Nguyễn Văn Mến', 'CANHAN', 'Giấy khen'],
    ]);
    const header = detectHeader(sheet);
    expect(header.columns[2]?.field).toBeNull();
    const columns = withKindColumn(sheet, header.headerRow, header.columns);
    expect(columns[2]?.field).toBe('kind');
    const rows = parseRows(sheet, header.headerRow, columns, forms);
    expect(rows.map((r) => [r.kind, r.honorific, r.fullName])).toEqual([
      ['tap_the', null, 'Trường Tiểu học Kỳ Hoa'],
      ['ho_gia_dinh', null, 'Gia đình ông Lê Văn Hải'],
      ['ca_nhan', 'ong', 'Nguyễn Văn Mến'],
    ]);
  });

  it('leaves a column of other words alone', () => {
    const sheet = grid([
      ['STT', 'Họ và tên', 'Quê quán xã'],
      ['1', 'Nguyễn Văn Mến', 'Kỳ Hoa'],
    ]);
    const header = detectHeader(sheet);
    expect(withKindColumn(sheet, header.headerRow, header.columns)).toEqual(header.columns);
  });

  it('names award form codes through a lookup sheet of the same workbook', () => {
    const lookup = grid([
      ['DANH MỤC HÌNH THỨC KHEN THƯỞNG'],
      ['Mã số', 'Hình thức khen thưởng'],
      ['10', 'Giấy khen'],
      ['20', 'Bằng khen'],
      ['30', 'Huân chương Lao động hạng Ba'],
    ]);
    const list = grid([
      ['STT', 'Họ và tên', 'Mã số', 'Hình thức khen thưởng'],
      ['1', 'Nguyễn Văn Mến', '7', '10'],
      ['2', 'Đinh Thị Thơm', '8', '20'],
      ['3', 'Lê Văn Bình', '9', '30'],
      ['4', 'Lê Thị Kim Liên', '10', '99'],
    ]);
    const codes = awardCodesOf(
      [
        { name: 'DS', grid: list },
        { name: 'Danh mục', grid: lookup },
      ],
      'DS',
    );
    // The list's own "Mã số" column numbers people, so it is not a lookup.
    expect([...codes]).toEqual([
      ['10', 'Giấy khen'],
      ['20', 'Bằng khen'],
      ['30', 'Huân chương Lao động hạng Ba'],
    ]);
    const rows = parseRows(list, 0, detectHeader(list).columns, forms, codes);
    expect(rows.map((r) => [r.awardFormId, r.awardFormText, r.issues.map((i) => i.value)])).toEqual([
      [1, 'Giấy khen', []],
      [2, 'Bằng khen', []],
      [null, 'Huân chương Lao động hạng Ba', ['Huân chương Lao động hạng Ba']],
      [null, '99', ['99']],
    ]);
  });
});

describe('ranks before names', () => {
  it.each([
    ['Đại tá Lê Văn Tiến', 'Đại tá', 'Lê Văn Tiến'],
    ['Thượng tá Nguyễn Văn Mến', 'Thượng tá', 'Nguyễn Văn Mến'],
    ['TRUNG TÁ Hồ Văn Nam', 'Trung tá', 'Hồ Văn Nam'],
    ['Thiếu tá Phan Văn An', 'Thiếu tá', 'Phan Văn An'],
    ['Đại uý Trần Thị Hoa', 'Đại úy', 'Trần Thị Hoa'],
    ['Thượng úy Lê Văn Minh', 'Thượng úy', 'Lê Văn Minh'],
    ['Trung úy Lê Minh', 'Trung úy', 'Lê Minh'],
    ['Thiếu úy Võ An', 'Thiếu úy', 'Võ An'],
    ['Đại tướng Võ Nguyên Giáp', 'Đại tướng', 'Võ Nguyên Giáp'],
    ['Trung Tài', null, 'Trung Tài'],
    ['Trung Ta Văn Lâm', null, 'Trung Ta Văn Lâm'],
    ['Đại tá', null, 'Đại tá'],
  ])('%j → %s + %j', (input, rank, name) => {
    expect(splitRank(input)).toEqual({ rank, name });
  });

  it('moves the rank to the front of the position, once', () => {
    const sheet = grid([
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['1', 'Đại tá Lê Văn Tiến', 'Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã'],
      ['2', 'Thiếu tá Phan Văn An', ''],
      ['3', 'Trung tá Hồ Văn Nam', 'Trung tá, Phó Trưởng Công an thị xã'],
      ['4', 'Ông Đại tá Trần Văn Hùng', ''],
    ]);
    const rows = parseRows(sheet, 0, detectHeader(sheet).columns, forms);
    expect(rows.map((r) => [r.honorific, r.fullName, r.position])).toEqual([
      [null, 'Lê Văn Tiến', 'Đại tá, Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã'],
      [null, 'Phan Văn An', 'Thiếu tá'],
      [null, 'Hồ Văn Nam', 'Trung tá, Phó Trưởng Công an thị xã'],
      ['ong', 'Trần Văn Hùng', 'Đại tá'],
    ]);
  });
});

describe('section rows that are not recognised', () => {
  it.each([
    ['II. CAá NHÂN', true],
    ['B) HỘ GIA ĐÌNH ÔNG', true],
    ['II. CÁ NHÂN', true],
    ['I. Nguyễn Văn Mến', false],
    ['1. CÁ NHÂN', false],
    ['II. DANH SÁCH KHEN THƯỞNG CÁC TẬP THỂ CÓ THÀNH TÍCH XUẤT SẮC', false],
    ['Chi bộ Khối dân', false],
  ])('%j reads like a section: %s', (text, expected) => {
    expect(looksLikeSection(text)).toBe(expected);
  });

  it('flags the row and keeps the kind of the rows below as it was', () => {
    const sheet = grid([
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['I. TẬP THỂ', 'I. TẬP THỂ', 'I. TẬP THỂ'],
      ['1', 'Chi bộ Khối dân', ''],
      ['II. CAá NHÂN', 'II. CAá NHÂN', 'II. CAá NHÂN'],
      ['2', 'Nguyễn Văn Mến', 'Cán bộ'],
    ]);
    const rows = parseRows(sheet, 0, detectHeader(sheet).columns, forms);
    expect(rows.map((r) => [r.rowNumber, r.kind, r.issues.map((i) => i.key)])).toEqual([
      [3, 'tap_the', []],
      [4, 'tap_the', ['unknownSection']],
      [5, 'tap_the', []],
    ]);
  });
});

describe('a list of collectives only', () => {
  it('reads "Tên đơn vị / tập thể" as the name column and its rows as collectives', () => {
    const sheet = grid([
      ['STT', 'Tên đơn vị / tập thể', 'Thành tích', 'Hình thức khen thưởng'],
      ['1', 'Chi bộ Khối dân', 'Hoàn thành xuất sắc nhiệm vụ', 'Giấy khen'],
      ['2', 'Trường Tiểu học Kỳ Hoa', 'Hoàn thành xuất sắc nhiệm vụ', 'Giấy khen'],
      ['3', 'Hội Chữ thập đỏ thị xã', 'Hoàn thành xuất sắc nhiệm vụ', 'Giấy khen'],
    ]);
    const header = detectHeader(sheet);
    expect(header.headerRow).toBe(0);
    const rows = parseRows(sheet, 0, header.columns, forms);
    expect(rows.map((r) => [r.kind, r.fullName])).toEqual([
      ['tap_the', 'Chi bộ Khối dân'],
      ['tap_the', 'Trường Tiểu học Kỳ Hoa'],
      ['tap_the', 'Hội Chữ thập đỏ thị xã'],
    ]);
  });
});
