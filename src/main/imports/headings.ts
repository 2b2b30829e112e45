import type { ImportField } from '../../shared/imports';
import { foldVietnamese } from '../../shared/text';

/**
 * Column headings met in real lists, folded (no marks, lower case), for each field. Matching
 * is on the whole folded heading first, then on a heading that starts with one of these.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu'],
  fullName: [
    'ho va ten / ten tap the',
    'ho va ten, ten tap the',
    'ho ten / ten tap the',
    'ho va ten',
    'ho ten',
    'ho, ten',
    'ten tap the',
    'ten tap the, ca nhan',
    'ten don vi, ca nhan',
    'ten tap the / ca nhan',
    'ten don vi / tap the',
    'ten don vi, tap the',
    'ten tap the / don vi',
    'ten co quan / don vi / tap the',
    'ten ca nhan',
    'ten',
    'doi tuong',
  ],
  honorific: ['danh xung', 'ong/ba', 'ong, ba'],
  kind: [
    'loai',
    'loai doi tuong',
    'ma loai doi tuong',
    'ma doi tuong',
    'doi tuong khen thuong',
    'tap the/ca nhan',
    'tap the / ca nhan',
  ],
  gender: ['gioi tinh', 'nam/nu', 'nam, nu', 'phai'],
  birth: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'ngay, thang, nam sinh'],
  position: ['chuc vu', 'chuc danh', 'chuc vu, chuc danh', 'chuc vu/chuc danh', 'nghe nghiep, chuc vu'],
  unit: [
    'don vi',
    'don vi cong tac',
    'co quan, don vi',
    'noi cong tac',
    'co quan cong tac',
    'dia chi',
    'que quan',
  ],
  achievement: [
    'thanh tich',
    'thanh tich dat duoc',
    'tom tat thanh tich',
    'noi dung thanh tich',
    'ly do khen thuong',
  ],
  awardForm: [
    'hinh thuc khen thuong',
    'hinh thuc khen',
    'hinh thuc',
    'hinh thuc de nghi',
    'de nghi khen thuong',
    'muc khen',
    'danh hieu',
    'danh hieu thi dua',
  ],
  proposingUnit: ['don vi de nghi', 'co quan de nghi', 'noi de nghi'],
  notes: ['ghi chu', 'ghi chu khac'],
};

/** Folded, with line breaks and repeated punctuation tidied, as headings are compared. */
export function foldHeading(text: string): string {
  return foldVietnamese(text.replace(/[\r\n]+/g, ' '))
    .replace(/\s*([/,])\s*/g, '$1 ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/[.:*]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tells which field of a list a column heading names, or null. */
export type HeadingMatcher<F extends string> = (text: string) => F | null;

/** A matcher for one kind of list (nominees, delegates), from its folded synonyms. */
export function headingMatcher<F extends string>(synonyms: Record<F, string[]>): HeadingMatcher<F> {
  const exactNames = new Map<string, F>();
  for (const [field, names] of Object.entries(synonyms) as [F, string[]][]) {
    for (const name of names) exactNames.set(name, field);
  }
  // Longest prefixes first, so "don vi de nghi" wins over "don vi".
  const prefixes = [...exactNames.entries()]
    .filter(([name]) => name.length >= 4)
    .sort((a, b) => b[0].length - a[0].length);
  return (text) => {
    const folded = foldHeading(text);
    if (folded === '') return null;
    const exact = exactNames.get(folded) ?? exactNames.get(folded.replace(/ \/ /g, '/'));
    if (exact) return exact;
    for (const [name, field] of prefixes) {
      if (folded.startsWith(`${name} `) || folded.startsWith(`${name}(`)) return field;
    }
    return null;
  };
}

/** The nominee field a heading names, or null. */
export const matchHeading: HeadingMatcher<ImportField> = headingMatcher(SYNONYMS);
