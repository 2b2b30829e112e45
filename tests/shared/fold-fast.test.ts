import { describe, expect, it } from 'vitest';
import { foldBySteps, foldJoined, foldOnce, foldVietnamese, normalizeLine } from '../../src/shared/text';
import { seededRandom } from '../random';

// Every kind of code unit the fast path treats differently, and some it hands over.
const ALPHABET = [
  ...'aAzZ09 .,-/"\t\n\r\u000b\u000c',
  ...'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
  ...'ÀÁẢÃẠỀẾỂỄỆỲÝỶỸỴ',
  ...'\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b',
  ...'ßÆæØøŁłĲĳǄǅǆǇǈǉ×÷°«»·¿–—‘’“”…•‰',
  ...'\u00a0\u2003\u2028\u2029\u202f\u205f\u3000\ufeff', // spaces that only the regular expression knows
  ...'ΣσςΑΩабвгд中文', // other scripts
  '😀', // a surrogate pair
  '\ud800', // a lone surrogate
];

describe('foldVietnamese gives what the folding steps give', () => {
  it.each([
    'Đinh Thị Thơm',
    '  Nguyễn   Văn  An  ',
    'CÔNG AN HUYỆN KỲ ANH',
    'Ô\u0301NG', // a base letter and a stray mark
    '\u0301 a', // a mark before anything
    'a \u0301 b', // a mark between two spaces: the spaces join
    'ΟΔΟΣ', // Greek: its final sigma depends on its neighbour
    'Hà\u00a0Tĩnh',
    '',
    '   ',
  ])('%j', (text) => {
    expect(foldVietnamese(text)).toBe(foldBySteps(text));
  });

  it('on 20,000 random texts mixing Vietnamese, marks, spaces and other scripts', () => {
    const next = seededRandom(20_261_204);
    let differences = 0;
    let first = '';
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(next() * 24);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      if (foldVietnamese(text) !== foldBySteps(text)) {
        differences += 1;
        first ||= JSON.stringify(text);
      }
    }
    expect(first).toBe('');
    expect(differences).toBe(0);
  });
});

describe('foldJoined folds each part on its own, as folding the joined text would', () => {
  it.each([
    [['Nguyễn Văn An', 'Công an huyện', '', 'Đã có thành tích']],
    [['  a ', '\u0301', ' b']], // a part that is only a mark folds to nothing
    [['ΟΔΟΣ', 'Σ']], // a final sigma ends at the joining space either way
    [['Hà\u00a0', '\u00a0Tĩnh']],
    [['', '   ', '']],
  ])('%j', (parts) => {
    expect(foldJoined(parts)).toBe(foldVietnamese(parts.join(' ')));
  });

  it('on 20,000 random lists of parts, through a foldOnce shared by all of them', () => {
    const next = seededRandom(20_261_205);
    const fold = foldOnce();
    let first = '';
    for (let n = 0; n < 20_000 && first === ''; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
        const length = Math.floor(next() * 12);
        let text = '';
        for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
        return text;
      });
      if (foldJoined(parts, fold) !== foldVietnamese(parts.join(' '))) first = JSON.stringify(parts);
    }
    expect(first).toBe('');
  });
});

describe('normalizeLine leaves a line already as stored untouched, and only such a line', () => {
  const bySteps = (value: string) =>
    value
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
      .replace(/\s+/gu, ' ')
      .trim();

  it('on 20,000 random texts', () => {
    const next = seededRandom(4_122_026);
    let first = '';
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(next() * 16);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      if (normalizeLine(text) !== bySteps(text)) first ||= JSON.stringify(text);
    }
    expect(first).toBe('');
  });
});
