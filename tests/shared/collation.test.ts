import { describe, expect, it } from 'vitest';
import { givenName, personSortKey, viSortKey } from '../../src/shared/collation';
import { seedReports } from '../fixtures';

const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });
const sign = (n: number) => Math.sign(n);
const keyCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// The reports the project started from (tests/fixtures/seeds).
const seedTexts = seedReports().map((report) => report.text);

const FIXTURE_NAMES = [
  'Đinh Thị Thơm',
  'Đặng Diên',
  'Ưng',
  'Ừ',
  'Yến',
  'Nguyễn Văn Mến',
  'Đào Thị Huệ',
  'Hoàng Xuân Đình',
  'Nguyễn Hữu Đại',
  'Lê Thị Kim Liên',
  'Phương Thị Thanh',
  'Trần Thị Lộc',
  'Ngô Hồng Thơm',
  'Bùi Thị Yến',
  'Đinh Thị Yến',
  'Uông Ánh',
  'Âu Cơ',
  'Ăn',
  'An',
  'Anh',
  'Ánh',
  'Ảnh',
  'Ạnh',
  'Ồ',
  'Ơn',
  'Ôn',
  'On',
  'Dung',
  'Đức',
  'Zô',
  'Fan',
  'Jun',
  'Wang',
  'Thôn 2',
  'Thôn 10',
  'Thôn 1',
  'Thôn 01',
  'Tổ 3 khu phố 12',
  'Tổ 3 khu phố 2',
  'Tổ 3, khu phố 2',
  'Tổ 3 - khu phố 2',
  'Xóm Bắc',
  'Kỳ Thịnh I',
  'Kỳ Thịnh II',
  'Trường THCS Kỳ Hoa',
  'Trường Tiểu học Kỳ Hoa',
  'Phòng Giáo dục & Đào tạo',
  'Phòng Giáo dục và Đào tạo',
  '“Hộ gia đình văn hóa”',
  'Chi bộ (thôn 5)',
  'Chi bộ thôn 5',
  'CT/TW',
  'UBND xã Kỳ Hà',
  'Ủy ban nhân dân xã Kỳ Hà',
  'Uỷ ban nhân dân xã Kỳ Hà',
];

/** Deterministic pseudo-random numbers, so a failing order can be reproduced. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function seedWords(): string[] {
  const words = new Set<string>();
  for (const text of seedTexts) {
    for (const word of text.split(/\s+/u)) if (word) words.add(word);
  }
  return [...words];
}

function sample(): string[] {
  const random = prng(20210519);
  const words = seedWords();
  const pick = () => words[Math.floor(random() * words.length)] ?? '';
  const phrases: string[] = [];
  for (let i = 0; i < 150 && words.length > 0; i += 1) {
    const length = 1 + Math.floor(random() * 3);
    phrases.push(Array.from({ length }, pick).join(' '));
  }
  for (let i = 0; i < 40 && words.length > 0; i += 1) {
    phrases.push(`${pick()} ${Math.floor(random() * 2000)}`);
  }
  // Same letters, different tones and cases: the secondary level decides.
  const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'Ma', 'MÀ', 'mă', 'mắ', 'mâ', 'mậ'];
  for (const a of tones) for (const b of tones.slice(0, 6)) phrases.push(`${a} ${b}`);
  return [...FIXTURE_NAMES, ...words.slice(0, 400), ...phrases];
}

/** Random strings over Vietnamese letters (NFC and NFD), tones, digits, spaces and punctuation. */
function randomStrings(count: number): string[] {
  const random = prng(134);
  const pieces = [
    ...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyzAĂÂĐÊÔƠƯ',
    ...'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
    ...'ỲỶỸÝỴ'.normalize('NFD'),
    ...['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'],
    ...'0123456789  ,.-/()\'"“”‘’&:;!?#%+',
    '00',
    '12',
  ];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 8);
    return Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
  });
}

function expectSameOrderAsCollator(items: string[]) {
  const mismatches: string[] = [];
  const keys = items.map(viSortKey);
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i] as string;
      const b = items[j] as string;
      const expected = sign(collator.compare(a, b));
      const actual = keyCompare(keys[i] as string, keys[j] as string);
      if (expected !== actual) mismatches.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${actual}`);
    }
  }
  expect(mismatches.slice(0, 10)).toEqual([]);
}

describe('viSortKey', () => {
  it.each([
    ['A', 'Ă'],
    ['Ă', 'Â'],
    ['Â', 'B'],
    ['D', 'Đ'],
    ['Đ', 'E'],
    ['E', 'Ê'],
    ['O', 'Ô'],
    ['Ô', 'Ơ'],
    ['Ơ', 'P'],
    ['U', 'Ư'],
    ['Ư', 'V'],
    ['Lê', 'Lễ'],
    ['An', 'Anh'],
    ['Thôn 2', 'Thôn 10'],
    ['ma', 'mà'],
    ['mà', 'mả'],
    ['mả', 'mã'],
    ['mã', 'má'],
    ['má', 'mạ'],
    ['mạ', 'mă'],
    ['Ưng', 'Zô'],
    ['Đinh Thị Thơm', 'Đinh Thị Yến'],
    ['Yến', 'Zô'],
    ['Thôn 2', 'Thôn 2a'],
    ['Thôn 2a', 'Thôn 21'],
    ['Tổ 3 khu', 'Tổ 3, khu'],
    ['#1', '1'],
    ['1', 'a'],
  ])('%s < %s', (a, b) => {
    expect(viSortKey(a as string) < viSortKey(b as string)).toBe(true);
    expect(collator.compare(a as string, b as string)).toBeLessThan(0);
  });

  it.each([
    ['An', 'an'],
    ['ĐINH', 'đinh'],
    ['Thôn 01', 'Thôn 1'],
    ['Kỳ\u00a0Anh', 'Kỳ Anh'],
    ['soft\u00adhyphen', 'softhyphen'],
  ])('%j and %j tie, as in the collator', (a, b) => {
    expect(viSortKey(a)).toBe(viSortKey(b));
    expect(collator.compare(a, b)).toBe(0);
  });

  it('gives NFD input the same key as NFC', () => {
    for (const text of [...FIXTURE_NAMES, 'Ặng Ệ Ộ Ợ Ự Ỵ', 'khoá học']) {
      expect(viSortKey(text.normalize('NFD'))).toBe(viSortKey(text.normalize('NFC')));
    }
  });

  it('keeps keys in U+0001..U+D7FF so SQLite BINARY order is string order', () => {
    for (const text of [...FIXTURE_NAMES, '中文 😀 Ωmega', '', '\u0000x']) {
      for (const char of viSortKey(text)) {
        const code = char.charCodeAt(0);
        expect(code >= 0x0001 && code <= 0xd7ff).toBe(true);
      }
    }
  });

  it('orders fixture names, tones and numbers like Intl.Collator("vi")', () => {
    expectSameOrderAsCollator(FIXTURE_NAMES);
  });

  it('orders words and phrases from the seed reports like the collator', () => {
    const items = sample();
    expect(items.length).toBeGreaterThan(300);
    expectSameOrderAsCollator(items);
    const byKey = [...items].sort((a, b) => keyCompare(viSortKey(a), viSortKey(b)));
    const byCollator = [...items].sort(collator.compare);
    byKey.forEach((item, index) => expect(collator.compare(item, byCollator[index] as string)).toBe(0));
  });

  it('orders random strings of letters, tones, digits and punctuation like the collator', () => {
    expectSameOrderAsCollator(randomStrings(600));
  });

  it('orders punctuation and symbols like the collator', () => {
    const symbols = [...' _-–—,;:!?.·\'‘’"“”«»()[]{}§¶@*/\\&#%‰†‡•`^°©®+±÷×<=>¬|~−¤¢$£¥₫€…'];
    expectSameOrderAsCollator([...symbols, ...symbols.map((symbol) => `a${symbol}b`), 'ab', 'a1b', 'a b']);
  });

  it('orders long numbers by value', () => {
    expectSameOrderAsCollator([
      'x 9',
      'x 10',
      'x 999999999',
      'x 1000000000',
      'x 0',
      'x 00',
      'x 12345678901234',
    ]);
  });
});

describe('personSortKey', () => {
  it.each([
    ['Nguyễn Thị Kim Liên', 'Liên'],
    ['  Đinh Thị   Thơm ', 'Thơm'],
    ['Ưng', 'Ưng'],
    ['', ''],
  ])('givenName(%j) = %j', (name, given) => {
    expect(givenName(name)).toBe(given);
  });

  it('sorts people by given name, then by full name', () => {
    const names = ['Đinh Thị Thơm', 'Ngô Hồng Thơm', 'Lê Thị Kim Liên', 'Đinh Thị Yến', 'Bùi Thị Yến'];
    const sorted = [...names].sort((a, b) => keyCompare(personSortKey(a), personSortKey(b)));
    expect(sorted).toEqual([
      'Lê Thị Kim Liên',
      'Đinh Thị Thơm',
      'Ngô Hồng Thơm',
      'Bùi Thị Yến',
      'Đinh Thị Yến',
    ]);
  });

  it('puts a given name before a longer one it begins, and tones after letters', () => {
    const names = ['Trần Anh', 'Lê An', 'Võ Ánh', 'Đỗ Ân', 'Phan Ăn', 'Hà An'];
    const sorted = [...names].sort((a, b) => keyCompare(personSortKey(a), personSortKey(b)));
    expect(sorted).toEqual(['Hà An', 'Lê An', 'Trần Anh', 'Võ Ánh', 'Phan Ăn', 'Đỗ Ân']);
  });
});
