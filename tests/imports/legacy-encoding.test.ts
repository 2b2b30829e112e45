import { describe, expect, it } from 'vitest';
import {
  convertTcvn3,
  convertVni,
  detectEncodingByText,
  encodingOfFont,
  toUnicode,
} from '../../src/main/imports/legacy-encoding';
import { seedReports } from '../fixtures';

// The reports the project started from (tests/fixtures/seeds), line by line.
const seedLines = seedReports()
  .flatMap((report) => report.text.split(/\n+/))
  .map((line) => line.trim())
  .filter((line) => line.length > 0);
const seedWords = [...new Set(seedLines.flatMap((line) => line.split(/\s+/u)))];

const SENTENCE =
  'Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh…';
const SAMPLES = [
  SENTENCE,
  'Nguyễn Văn Mến',
  'Đinh Thị Thơm',
  'Ngô Hồng Thơm',
  'Lê Thị Kim Liên',
  'Bùi Thị Yến',
  'Đặng Diên',
  'Ưng Hoàng Phúc',
  'Trường Tiểu học Kỳ Hoa, thị xã Kỳ Anh',
  'Chủ tịch Ủy ban nhân dân xã Kỳ Thịnh',
  'Giấy khen của Ban Thường vụ Thị ủy',
  'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
  'khuya, quyết, giữa, giường, thuở, xoăn, khoẻ, ngoằn ngoèo, nguệch, quỷ, ỷ, ỵ, yêu',
];

const LOWER = 'àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ';
const ALL_LETTERS = [...LOWER, ...LOWER.toUpperCase()];

// TCVN 5712:1993 VN3 byte of each letter, written out independently of the module's tables.
const TCVN3_BYTES: Record<string, number> = {};
`à b5 ả b6 ã b7 á b8 ạ b9 ă a8 ằ bb ẳ bc ẵ bd ắ be ặ c6 â a9 ầ c7 ẩ c8 ẫ c9 ấ ca ậ cb
 è cc ẻ ce ẽ cf é d0 ẹ d1 ê aa ề d2 ể d3 ễ d4 ế d5 ệ d6 ì d7 ỉ d8 ĩ dc í dd ị de
 ò df ỏ e1 õ e2 ó e3 ọ e4 ô ab ồ e5 ổ e6 ỗ e7 ố e8 ộ e9 ơ ac ờ ea ở eb ỡ ec ớ ed ợ ee
 ù ef ủ f1 ũ f2 ú f3 ụ f4 ư ad ừ f5 ử f6 ữ f7 ứ f8 ự f9 ỳ fa ỷ fb ỹ fc ý fd ỵ fe đ ae
 Ă a1 Â a2 Ê a3 Ô a4 Ơ a5 Ư a6 Đ a7`
  .split(/\s+/)
  .filter(Boolean)
  .forEach((item, index, items) => {
    if (index % 2 === 0) TCVN3_BYTES[item] = Number.parseInt(items[index + 1] as string, 16);
  });

/** Unicode → TCVN3 as an ABC keyboard types it in a .VnTime cell: toned capitals have no code. */
function encodeTcvn3(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const byte = TCVN3_BYTES[char] ?? TCVN3_BYTES[char.toLowerCase()];
    result += byte === undefined ? char : String.fromCharCode(byte);
  }
  return result;
}

/** What survives a TCVN3 round trip: toned capitals other than Ă Â Ê Ô Ơ Ư Đ become lower case. */
function tcvn3Survivor(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => (char in TCVN3_BYTES || !(char.toLowerCase() in TCVN3_BYTES) ? char : char.toLowerCase()))
    .join('');
}

const VNI_TONE: Record<string, string> = {
  '\u0301': 'ù',
  '\u0300': 'ø',
  '\u0309': 'û',
  '\u0303': 'õ',
  '\u0323': 'ï',
};
const VNI_CIRCUMFLEX: Record<string, string> = {
  '': 'â',
  '\u0301': 'á',
  '\u0300': 'à',
  '\u0309': 'å',
  '\u0303': 'ã',
  '\u0323': 'ä',
};
const VNI_BREVE: Record<string, string> = {
  '': 'ê',
  '\u0301': 'é',
  '\u0300': 'è',
  '\u0309': 'ú',
  '\u0303': 'ü',
  '\u0323': 'ë',
};
const VNI_I: Record<string, string> = {
  '\u0301': 'í',
  '\u0300': 'ì',
  '\u0309': 'æ',
  '\u0303': 'ó',
  '\u0323': 'ò',
};

/** Unicode → VNI-Windows, from the VNI keyboard's rules rather than the module's tables. */
function encodeVni(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const lower = char.toLowerCase();
    const upper = lower !== char;
    const parts = lower.normalize('NFD');
    const base = parts.charAt(0);
    const marks = parts.slice(1);
    const tone = marks.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? '';
    let code: string;
    if (lower === 'đ') code = 'ñ';
    else if (!'aeiouy'.includes(base) || marks === '') code = lower;
    else if (base === 'i') code = VNI_I[tone] as string;
    else if (base === 'y' && tone === '\u0323') code = 'î';
    else if (marks.includes('\u031b')) code = (base === 'o' ? 'ô' : 'ö') + (VNI_TONE[tone] ?? '');
    else if (marks.includes('\u0302')) code = base + VNI_CIRCUMFLEX[tone];
    else if (marks.includes('\u0306')) code = base + VNI_BREVE[tone];
    else code = base + VNI_TONE[tone];
    result += upper ? code.toUpperCase() : code;
  }
  return result;
}

describe('convertTcvn3', () => {
  it.each([
    ['NguyÔn V¨n MÕn', 'Nguyễn Văn Mến'],
    ['§inh ThÞ Th¬m', 'Đinh Thị Thơm'],
    ['®ång chÝ §Æng Di£n', 'đồng chí Đặng DiÊn'],
    ['Chñ tÞch UBND x· Kú Hoa', 'Chủ tịch UBND xã Kỳ Hoa'],
    ['Tr\u00adêng THCS Kú Hoa', 'Trường THCS Kỳ Hoa'],
    ['¡N ¢U £M ¤NG ¥N ¦NG', 'ĂN ÂU ÊM ÔNG ƠN ƯNG'],
    ['Sè 12/Q§-UBND', 'Số 12/QĐ-UBND'],
  ])('%j -> %j', (input, expected) => {
    expect(convertTcvn3(input)).toBe(expected);
  });

  // Converters such as the npm package vietnamese-conversion write a toned capital, which VN3
  // cannot code, as the capital followed by the small toned letter.
  it.each([
    ['II. CA¸ NH¢N', 'II. CÁ NHÂN'],
    ['I. TAËP THEÓ', 'I. TẬP THỂ'],
    ['III. HOé GIA §I×NH', 'III. HỘ GIA ĐÌNH'],
    ['¢Ê', 'Ấ'],
    ['¢¸', 'Ấ'],
    ['¥í', 'Ớ'],
    ['¦ø', 'Ứ'],
    // Two letters: the small one has no tone, or a shape the capital does not have.
    ['Eª', 'Eê'],
    ['¢¾', 'Âắ'],
    ['Uèng', 'Uống'],
    ['¦íc', 'Ước'],
  ])('reads a capital followed by its small toned letter as one capital: %j -> %j', (input, expected) => {
    expect(convertTcvn3(input).normalize('NFC')).toBe(expected.normalize('NFC'));
  });

  it('upper-cases text from the .VnTimeH fonts', () => {
    expect(convertTcvn3('nguyÔn v¨n mÕn', { capitals: true })).toBe('NGUYỄN VĂN MẾN');
    expect(convertTcvn3('®inh thÞ th¬m', { capitals: true })).toBe('ĐINH THỊ THƠM');
  });

  it('round-trips every one of the 134 letters', () => {
    expect(ALL_LETTERS).toHaveLength(134);
    for (const letter of ALL_LETTERS) {
      const lower = letter.toLowerCase();
      if (letter === lower || letter in TCVN3_BYTES) expect(convertTcvn3(encodeTcvn3(letter))).toBe(letter);
      expect(convertTcvn3(encodeTcvn3(lower), { capitals: true })).toBe(letter.toUpperCase());
    }
  });

  it.each(SAMPLES)('round-trips %j', (text) => {
    expect(convertTcvn3(encodeTcvn3(text))).toBe(tcvn3Survivor(text));
    expect(convertTcvn3(encodeTcvn3(text.toLowerCase()), { capitals: true })).toBe(text.toUpperCase());
  });

  it('round-trips the seed reports', () => {
    for (const line of seedLines) expect(convertTcvn3(encodeTcvn3(line))).toBe(tcvn3Survivor(line));
  });
});

describe('convertVni', () => {
  it.each([
    ['Nguyeãn Vaên Meán', 'Nguyễn Văn Mến'],
    ['NGUYEÃN VAÊN MEÁN', 'NGUYỄN VĂN MẾN'],
    ['Ñinh Thò Thôm', 'Đinh Thị Thơm'],
    ['ñoàng chí Ñaëng Dieân', 'đồng chí Đặng Diên'],
    ['Tröôøng THCS Kyø Hoa', 'Trường THCS Kỳ Hoa'],
    ['Chuû tòch UBND xaõ', 'Chủ tịch UBND xã'],
    ['Öng Ñoã Thò Kyø ÖÙng', 'Ưng Đỗ Thị Kỳ Ứng'],
    ['Soá 12/QÑ-UBND', 'Số 12/QĐ-UBND'],
  ])('%j -> %j', (input, expected) => {
    expect(convertVni(input)).toBe(expected);
  });

  it('round-trips every one of the 134 letters', () => {
    for (const letter of ALL_LETTERS) expect(convertVni(encodeVni(letter))).toBe(letter);
  });

  it.each(SAMPLES)('round-trips %j', (text) => {
    expect(convertVni(encodeVni(text))).toBe(text);
    expect(convertVni(encodeVni(text.toUpperCase()))).toBe(text.toUpperCase());
  });

  it('round-trips the seed reports', () => {
    for (const line of seedLines) expect(convertVni(encodeVni(line))).toBe(line.normalize('NFC'));
  });
});

describe('encodingOfFont', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', capitals: false }],
    ['.VnTimeH', { encoding: 'tcvn3', capitals: true }],
    ['.vntimeh', { encoding: 'tcvn3', capitals: true }],
    ['.VnArial', { encoding: 'tcvn3', capitals: false }],
    ['.VnArialH', { encoding: 'tcvn3', capitals: true }],
    ['.VnArial NarrowH', { encoding: 'tcvn3', capitals: true }],
    ['.VnCentury Schoolbook', { encoding: 'tcvn3', capitals: false }],
    [' .VnTime ', { encoding: 'tcvn3', capitals: false }],
    ['VNI-Times', { encoding: 'vni', capitals: false }],
    ['vni-helve', { encoding: 'vni', capitals: false }],
    ['VNI-Helve-Condense', { encoding: 'vni', capitals: false }],
    ['Times New Roman', null],
    ['Arial', null],
    ['Calibri', null],
    ['VNtimes new roman', null],
    ['', null],
    [undefined, null],
  ])('%j -> %j', (font, expected) => {
    expect(encodingOfFont(font)).toEqual(expected);
  });
});

describe('detectEncodingByText', () => {
  const unicodeAndAscii = [
    ...SAMPLES,
    ...SAMPLES.map((text) => text.normalize('NFD')),
    'Tân Phú',
    'Cà Mau',
    'Hoà',
    'TÂN PHÚ',
    'Bác',
    'Ðinh Thị Thơm',
    'Hello world',
    'Nguyen Van Men',
    'STT',
    'Ho va ten',
    'café, naïve, Müller, Peña, François, Zoë, São Paulo',
    '©2021 · 25°C · ½ · 3×4 · «quoted»',
    '',
    '123/QĐ-UBND',
  ];

  it.each(unicodeAndAscii)('leaves %j alone', (text) => {
    expect(detectEncodingByText(text)).toBeNull();
  });

  it('never flags a line, a word or a pair of words of the seed reports', () => {
    const flagged: string[] = [];
    const check = (text: string) => {
      if (detectEncodingByText(text) !== null) flagged.push(text);
    };
    seedLines.forEach(check);
    seedWords.forEach(check);
    seedWords.forEach((word, index) => check(`${word} ${seedWords[index + 1] ?? ''}`));
    for (const line of seedLines) line.split(/[,.;:]/).forEach((part) => check(part.trim()));
    expect(flagged).toEqual([]);
  });

  it.each([
    ['NguyÔn V¨n MÕn', 'tcvn3'],
    ['Chñ tÞch UBND x·', 'tcvn3'],
    ['N÷', 'tcvn3'],
    ['Tr\u00adêng THCS Kú Hoa', 'tcvn3'],
    ['Nguyeãn Vaên Meán', 'vni'],
    ['Chuû tòch UBND xaõ', 'vni'],
    ['Nöõ', 'vni'],
    ['Tröôøng THCS Kyø Hoa', 'vni'],
  ] as const)('flags %j as %s', (text, encoding) => {
    expect(detectEncodingByText(text)).toBe(encoding);
  });

  it.each(SAMPLES)('flags %j once encoded', (text) => {
    expect(detectEncodingByText(encodeTcvn3(text))).toBe('tcvn3');
    expect(detectEncodingByText(encodeVni(text))).toBe('vni');
  });

  it('flags the seed reports once encoded', () => {
    const missed: string[] = [];
    for (const line of seedLines.filter((text) => text.split(' ').length >= 4)) {
      if (detectEncodingByText(encodeTcvn3(line)) !== 'tcvn3') missed.push(`tcvn3: ${line}`);
      if (detectEncodingByText(encodeVni(line)) !== 'vni') missed.push(`vni: ${line}`);
    }
    expect(missed).toEqual([]);
  });
});

describe('toUnicode', () => {
  it.each([
    ['NguyÔn V¨n MÕn', '.VnTime', 'Nguyễn Văn Mến', 'tcvn3'],
    ['nguyÔn v¨n mÕn', '.VnTimeH', 'NGUYỄN VĂN MẾN', 'tcvn3'],
    ['Nguyeãn Vaên Meán', 'VNI-Times', 'Nguyễn Văn Mến', 'vni'],
    ['NguyÔn V¨n MÕn', 'Times New Roman', 'Nguyễn Văn Mến', 'tcvn3'],
    ['Nguyeãn Vaên Meán', undefined, 'Nguyễn Văn Mến', 'vni'],
    ['Nguyễn Văn Mến', '.VnTime', 'Nguyễn Văn Mến', null],
    ['Nguyễn Văn Mến'.normalize('NFD'), 'VNI-Times', 'Nguyễn Văn Mến', null],
    ['Nguyễn Văn Mến'.normalize('NFD'), 'Arial', 'Nguyễn Văn Mến', null],
    ['STT', '.VnTimeH', 'STT', 'tcvn3'],
    ['Ho va ten', undefined, 'Ho va ten', null],
  ] as const)('%j in %j -> %j (%s)', (text, font, expected, encoding) => {
    expect(toUnicode(text, font)).toEqual({ text: expected, encoding });
  });
});
