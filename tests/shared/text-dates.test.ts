import { describe, expect, it } from 'vitest';
import {
  endsBeforeStart,
  formatDocumentDate,
  formatTableDate,
  isLocalDateTime,
  parseLocalDateTime,
} from '../../src/shared/dates';
import { compareVietnamese, foldVietnamese, normalizeLine, normalizeMultiline } from '../../src/shared/text';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeLine', () => {
  it.each([
    ['Hội nghị', 'Hội nghị'],
    [nfd('Hội nghị sơ kết'), 'Hội nghị sơ kết'],
    ['  Hội   nghị  ', 'Hội nghị'],
    ['Hội\tnghị\nsơ\r\nkết', 'Hội nghị sơ kết'],
    ['Kỳ\u00a0Anh', 'Kỳ Anh'],
    ['Bell\u0007 and\u0000 nul', 'Bell and nul'],
    ['\u0085', ''],
    ['   ', ''],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    const result = normalizeLine(input);
    expect(result).toBe(expected);
    expect(result).toBe(result.normalize('NFC'));
  });
});

describe('normalizeMultiline', () => {
  it.each([
    ['Dòng một\r\nDòng hai', 'Dòng một\nDòng hai'],
    ['Dòng một\rDòng hai', 'Dòng một\nDòng hai'],
    ['a   \nb\t\t\n', 'a\nb'],
    ['a\n\n\n\n\nb', 'a\n\nb'],
    ['a\n\nb', 'a\n\nb'],
    ['a  b\tc', 'a b c'],
    ['\n\n  a\n\n', 'a'],
    [nfd('Thị ủy\r\n'), 'Thị ủy'],
    ['x\u0007y', 'xy'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeMultiline(input)).toBe(expected);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Đinh Thị Thơm', 'dinh thi thom'],
    ['ĐẠI HỘI ĐOÀN', 'dai hoi doan'],
    ['đường', 'duong'],
    [nfd('Hội nghị sơ kết'), 'hoi nghi so ket'],
    ['Hội nghị sơ kết', 'hoi nghi so ket'],
    ['Nguyễn Ánh Dương', 'nguyen anh duong'],
    ['  Kỳ   Anh ', 'ky anh'],
    ['Ưu tú Ơn', 'uu tu on'],
    ['50% _x_', '50% _x_'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('compareVietnamese', () => {
  it.each([
    ['Lê', 'Lễ'],
    ['Ôn', 'Ổn'],
    ['A', 'Ă'],
    ['Ă', 'Â'],
    ['Â', 'B'],
    ['D', 'Đ'],
    ['Đ', 'E'],
    ['d', 'đ'],
    ['O', 'Ô'],
    ['Ô', 'Ơ'],
    ['U', 'Ư'],
    ['an', 'ăn'],
    ['Tổ 2', 'Tổ 10'],
  ])('%j sorts before %j', (a, b) => {
    expect(compareVietnamese(a, b)).toBeLessThan(0);
    expect(compareVietnamese(b, a)).toBeGreaterThan(0);
  });

  it.each([
    ['a', 'A'],
    [nfd('Ấn'), 'Ấn'],
  ])('%j and %j compare equal', (a, b) => {
    expect(compareVietnamese(a, b)).toBe(0);
  });

  it('sorts a list of names the Vietnamese way', () => {
    const names = ['Đức', 'Dung', 'Ân', 'An', 'Ăn', 'Bình', 'Ơn', 'Ôn', 'On', 'Uyên', 'Ưng'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Bình',
      'Dung',
      'Đức',
      'On',
      'Ôn',
      'Ơn',
      'Uyên',
      'Ưng',
    ]);
  });
});

describe('parseLocalDateTime', () => {
  it.each([
    ['2021-05-19', { year: 2021, month: 5, day: 19, hour: null, minute: null }],
    ['2021-05-19T07:30', { year: 2021, month: 5, day: 19, hour: 7, minute: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, hour: null, minute: null }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, hour: null, minute: null }],
    ['2021-12-31T23:59', { year: 2021, month: 12, day: 31, hour: 23, minute: 59 }],
    ['2021-01-01T00:00', { year: 2021, month: 1, day: 1, hour: 0, minute: 0 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1, hour: null, minute: null }],
    ['2200-12-31', { year: 2200, month: 12, day: 31, hour: null, minute: null }],
  ])('accepts %j', (value, parts) => {
    expect(parseLocalDateTime(value)).toEqual(parts);
    expect(isLocalDateTime(value)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2021-02-30',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-05-00',
    '2021-05-19T24:00',
    '2021-05-19T23:60',
    '2021-05-19T7:30',
    '2021-05-19T07',
    '2021-05-19 07:30',
    '2021-5-19',
    '19/05/2021',
    '1899-12-31',
    '2201-01-01',
    '2021-05-19Z',
    ' 2021-05-19',
    '',
  ])('refuses %j', (value) => {
    expect(parseLocalDateTime(value)).toBeNull();
    expect(isLocalDateTime(value)).toBe(false);
  });
});

describe('endsBeforeStart', () => {
  it.each([
    ['2021-05-19', '2021-05-18', true],
    ['2021-05-19', '2021-05-20', false],
    ['2021-05-19', '2021-05-19', false],
    ['2021-05-19T07:30', '2021-05-19T11:00', false],
    ['2021-05-19T11:00', '2021-05-19T07:30', true],
    ['2021-05-19T07:30', '2021-05-19T07:30', false],
    // Same day, only one side has a time: a valid one-day span either way.
    ['2021-05-19', '2021-05-19T11:00', false],
    ['2021-05-19T14:00', '2021-05-19', false],
    ['2021-05-19T14:00', '2021-05-18T23:59', true],
    ['2021-05-19T23:59', '2021-05-20T00:00', false],
    ['2021-12-31', '2022-01-01', false],
  ])('start %j, end %j -> %j', (start, end, expected) => {
    expect(endsBeforeStart(start, end)).toBe(expected);
  });
});

describe('date formats', () => {
  it.each([
    ['2021-05-19', '19/05/2021', 'ngày 19 tháng 5 năm 2021'],
    ['2021-05-19T07:30', '19/05/2021 07:30', 'ngày 19 tháng 5 năm 2021'],
    ['2021-05-19T00:00', '19/05/2021 00:00', 'ngày 19 tháng 5 năm 2021'],
    // Decree 30/2020: a 0 before a day under 10 and before January and February.
    ['2023-01-02', '02/01/2023', 'ngày 02 tháng 01 năm 2023'],
    ['2026-12-04', '04/12/2026', 'ngày 04 tháng 12 năm 2026'],
    ['2026-02-10', '10/02/2026', 'ngày 10 tháng 02 năm 2026'],
    ['2026-03-09', '09/03/2026', 'ngày 09 tháng 3 năm 2026'],
    ['2023-12-31T23:59', '31/12/2023 23:59', 'ngày 31 tháng 12 năm 2023'],
    // Not a date: shown as given rather than hidden.
    ['không rõ', 'không rõ', 'không rõ'],
  ])('%j -> table %j, document %j', (value, table, document) => {
    expect(formatTableDate(value)).toBe(table);
    expect(formatDocumentDate(value)).toBe(document);
  });
});
