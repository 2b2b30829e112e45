import { describe, expect, it } from 'vitest';
import { cellText, convertedCell } from '../../src/main/imports/cells';
import { seededRandom } from '../random';

// Every kind of character the one-pass check treats differently: ASCII, Latin-1 letters that
// TCVN3 and VNI use, letters only Unicode has, marks, odd spaces, line breaks and controls.
const ALPHABET = [
  ...'aAzZ09 .,-/"()',
  ...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýñöøûïåäë×÷¸¨',
  ...'ăĂđĐĩũơưƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  ...'\u0300\u0301\u0303\u0309\u0323',
  ...'\u00a0\u2003\t\r\n\u0007\u0085',
  ...'–“”…Ω中😀',
];

describe('cellText', () => {
  it.each([
    'Nguyễn Văn An',
    'Chi bộ thôn 1',
    'NguyÔn V¨n An', // TCVN3 typed in a Unicode font
    'Nguyeãn Vaên An', // VNI
    'Tân', // Latin-1 only: read by every step
    '  hai  dấu cách ',
    'dòng 1\ndòng 2',
  ])('gives what every step gives: %j', (text) => {
    expect(cellText({ text })).toEqual(convertedCell(text, undefined));
  });

  it('gives what every step gives, on 20,000 random texts', () => {
    const next = seededRandom(20_261_206);
    let first = '';
    for (let n = 0; n < 20_000 && first === ''; n++) {
      const length = 1 + Math.floor(next() * 16);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const fast = cellText({ text });
      const slow = convertedCell(text, undefined);
      if (JSON.stringify(fast) !== JSON.stringify(slow)) first = JSON.stringify(text);
    }
    expect(first).toBe('');
  });

  it('converts a legacy font’s text whatever it looks like', () => {
    expect(cellText({ text: 'NguyÔn', font: '.VnTime' })).toEqual({ text: 'Nguyễn', encoding: 'tcvn3' });
    expect(cellText({ text: 'Nguyen', font: '.VnTimeH' })).toEqual(convertedCell('Nguyen', '.VnTimeH'));
  });
});
