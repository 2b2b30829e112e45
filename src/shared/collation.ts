/**
 * Vietnamese sort keys for SQLite, which has no ICU collation here: the key is precomputed and
 * ordered with BINARY comparison. The key reproduces
 * `new Intl.Collator('vi', { sensitivity: 'accent', numeric: true })` (ICU with the CLDR "vi"
 * tailoring), as measured on Node 22:
 * - primary level: space < punctuation < symbols < numbers (by value) < letters, with the letters
 *   a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z;
 * - secondary level, only when all primaries tie: per character "no mark" < huyền < hỏi < ngã < sắc
 *   < nặng < other diacritics; case is ignored (tertiary).
 * Pure functions: no Node, DOM or Electron here.
 */
import { normalizeLine } from './text';

// Every key character stays in U+0001..U+D7FF, where UTF-8 byte order equals UTF-16 code unit
// order, so SQLite BINARY and JS `<` agree. The level separator is the smallest character, so a
// string whose primaries are a prefix of another's sorts first, as in ICU.
const LEVEL_SEPARATOR = '\u0001';
const SECONDARY_COMMON = 0x0002;
const SECONDARY_MARK_BASE = 0x0010;
const SECONDARY_UNKNOWN_MARK = 0x0200;
const PRIMARY_SYMBOL_BASE = 0x0100;
const PRIMARY_NUMBER_BASE = 0x0400;
const PRIMARY_LETTER_BASE = 0x0800;
const PRIMARY_OTHER = 0x0900;
const CODE_POINT_BASE = 0x1000;

// ICU caps a numeric run at 254 digits; longer runs start a new number.
const MAX_NUMBER_DIGITS = 254;

const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const LETTER_RANK = new Map(ALPHABET.map((letter, index) => [letter, index]));

/**
 * Whitespace, punctuation and symbols that have no compatibility decomposition, in the order the
 * collator gives them (each one its own primary weight). Characters outside this list and the
 * alphabet fall back to code point order after the letters, which is close enough for names.
 */
const SYMBOLS =
  '\t\n\u000b\f\r\u0085\u2028\u2029 _-\u2010\u2012\u2013\u2014\u2015\u2053,;\u204f:!\u00a1?\u00bf\u203d.\u00b7' +
  '\u2055\u2056\u2058\u2059\u205a\u205b\u205c\u205d\u205e\'\u2039\u203a"\u00ab\u00bb()[]{}\u2045\u2046\u2016\u00a7\u00b6\u204b@*\u204e\u2051/\\&\u204a#%\u2030\u2031' +
  '\u2020\u2021\u2022\u2023\u2027\u2043\u204c\u204d\u2032\u2035\u2038\u203b\u203f\u2054\u2040\u2050\u2041' +
  '\u2042`^\u00b0\u00a9\u00ae\u2190\u2192\u2191\u2193+\u00b1\u00f7\u00d7<=>\u00ac|\u00a6~\u2212\u2052\u2044' +
  '\u221a\u221e\u2248\u2264\u2265\u25a0\u25a1\u25aa\u25c6\u25cb\u25cf\u2605\u2606\u2660\u2663\u2665\u2666' +
  '\u2713\u2714\u2717\u00a4\u00a2$\u00a3\u00a5\u20ab\u20ac';
const SYMBOL_RANK = new Map([...SYMBOLS].map((symbol, index) => [symbol, index]));

/**
 * Typographic quotes weigh like the ASCII ones at the primary level and differ only at the
 * secondary level, between "no mark" and any combining mark.
 */
const QUOTE_VARIANTS = new Map([
  ['\u2018', "'\u0003"],
  ['\u2019', "'\u0004"],
  ['\u201a', "'\u0005"],
  ['\u201b', "'\u0006"],
  ['\u201c', '"\u0003'],
  ['\u201d', '"\u0004'],
  ['\u201e', '"\u0005'],
  ['\u201f', '"\u0006'],
]);

/**
 * Combining marks U+0300..U+036F by secondary weight, lightest first; marks in one group tie.
 * The CLDR "vi" tailoring moves hỏi, ngã, sắc and nặng right after huyền, ahead of other accents.
 */
const MARK_GROUPS = [
  '332',
  '313 343',
  '314',
  '300 340',
  '309',
  '303',
  '301 341',
  '323',
  '306',
  '302',
  '30c',
  '30a',
  '342',
  '308',
  '344',
  '30b',
  '307',
  '338',
  '327',
  '328',
  '304',
  '30d 30e 312 315 31a 33d 33e 33f 346 34a 34b 34c 350 351 352 357 35b 35d 35e',
  '316 317 318 319 31c 31d 31e 31f 320 329 32a 32b 32c 32f 333 33a 33b 33c 347 348 349 34d 34e 353 354 355 356 359 35a 35c 35f 362',
  '336 337',
  '335',
  '305',
  '30f',
  '310',
  '311',
  '31b',
  '321',
  '322',
  '324',
  '325',
  '326',
  '32d',
  '32e',
  '330',
  '331',
  '334',
  '339',
  '345',
  '358',
  '360',
  '361',
  '363',
  '368',
  '369',
  '364',
  '36a',
  '365',
  '36b',
  '366',
  '36c',
  '36d',
  '367',
  '36e',
  '36f',
];
const MARK_RANK = new Map<number, number>();
MARK_GROUPS.forEach((group, rank) => {
  for (const hex of group.split(' ')) MARK_RANK.set(Number.parseInt(hex, 16), rank);
});

/** Marks that make a separate Vietnamese letter (a primary difference) with the base before them. */
const LETTER_MARKS: Record<string, Record<number, string>> = {
  a: { 0x0306: 'ă', 0x0302: 'â' },
  e: { 0x0302: 'ê' },
  o: { 0x0302: 'ô', 0x031b: 'ơ' },
  u: { 0x031b: 'ư' },
};

const COMBINING_MARK = /\p{M}/u;
// The collator skips these outright (controls other than line/tab breaks, format characters).
// eslint-disable-next-line no-control-regex
const IGNORABLE = /[\p{Cf}\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]|\u034f/u;

// A mark below (or the horn) does not block a later mark from joining the base letter; another
// mark above does, as in ICU's discontiguous contraction matching over canonical order.
function skippable(mark: number): boolean {
  return mark === 0x031b || (mark >= 0x0316 && mark <= 0x0333);
}

function codePointChars(base: number, codePoint: number): string {
  return String.fromCharCode(
    base,
    CODE_POINT_BASE + (codePoint >> 11),
    CODE_POINT_BASE + (codePoint & 0x7ff),
  );
}

function markWeight(mark: number): string {
  const rank = MARK_RANK.get(mark);
  return rank === undefined
    ? codePointChars(SECONDARY_UNKNOWN_MARK, mark)
    : String.fromCharCode(SECONDARY_MARK_BASE + rank);
}

function numberWeight(digits: string): string {
  const significant = digits.replace(/^0+/, '') || '0';
  return String.fromCharCode(PRIMARY_NUMBER_BASE + significant.length) + significant;
}

/**
 * A key whose plain string order (and SQLite BINARY order) equals the order of
 * `new Intl.Collator('vi', { sensitivity: 'accent', numeric: true })` for Vietnamese text.
 * NFC and NFD input give the same key.
 */
export function viSortKey(text: string): string {
  const known = SORT_KEYS.get(text);
  if (known !== undefined) return known;
  const key = sortKeyOf(text);
  // A list repeats its positions, units and given names; bounded so a long session stays small.
  if (SORT_KEYS.size >= SORT_KEYS_KEPT) SORT_KEYS.clear();
  SORT_KEYS.set(text, key);
  return key;
}

const SORT_KEYS = new Map<string, string>();
const SORT_KEYS_KEPT = 20_000;

function sortKeyOf(text: string): string {
  // NFKD makes compatibility forms (NBSP, full-width letters, "…") weigh like their plain
  // counterparts, as they do in the collator at this strength.
  const chars = [...text.normalize('NFKD').toLowerCase().normalize('NFKD')].filter((c) => !IGNORABLE.test(c));
  let primary = '';
  let secondary = '';
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] as string;
    i += 1;
    if (COMBINING_MARK.test(char)) {
      // A mark with no base of its own is a secondary-only weight.
      secondary += markWeight(char.codePointAt(0) as number);
      continue;
    }
    if (char >= '0' && char <= '9') {
      let digits = char;
      while (i < chars.length && digits.length < MAX_NUMBER_DIGITS) {
        const next = chars[i] as string;
        if (next < '0' || next > '9') break;
        digits += next;
        i += 1;
      }
      primary += numberWeight(digits);
      secondary += String.fromCharCode(SECONDARY_COMMON);
      continue;
    }
    const marks: number[] = [];
    while (i < chars.length && COMBINING_MARK.test(chars[i] as string)) {
      marks.push((chars[i] as string).codePointAt(0) as number);
      i += 1;
    }
    let letter = char;
    let secondaryWeight = String.fromCharCode(SECONDARY_COMMON);
    const quote = QUOTE_VARIANTS.get(char);
    if (quote) {
      letter = quote.charAt(0);
      secondaryWeight = quote.charAt(1);
    }
    const joining = LETTER_MARKS[char];
    if (joining) {
      for (let m = 0; m < marks.length; m += 1) {
        const mark = marks[m] as number;
        const joined = joining[mark];
        if (joined) {
          letter = joined;
          marks.splice(m, 1);
          break;
        }
        if (!skippable(mark)) break;
      }
    }
    const letterRank = LETTER_RANK.get(letter);
    const symbolRank = SYMBOL_RANK.get(letter);
    if (letterRank !== undefined) primary += String.fromCharCode(PRIMARY_LETTER_BASE + letterRank);
    else if (symbolRank !== undefined) primary += String.fromCharCode(PRIMARY_SYMBOL_BASE + symbolRank);
    else primary += codePointChars(PRIMARY_OTHER, letter.codePointAt(0) as number);
    secondary += secondaryWeight;
    for (const mark of marks) secondary += markWeight(mark);
  }
  return primary + LEVEL_SEPARATOR + secondary;
}

/** The given name: the last word of a Vietnamese full name ("Nguyễn Thị Kim Liên" -> "Liên"). */
export function givenName(fullName: string): string {
  const words = normalizeLine(fullName).split(' ');
  return words[words.length - 1] ?? '';
}

/**
 * Key for lists of people: given name first, then the full name (DOMAIN.md). The separator is
 * the lowest key character, so a shorter given name sorts before a longer one it begins.
 */
export function personSortKey(fullName: string): string {
  return viSortKey(givenName(fullName)) + LEVEL_SEPARATOR + viSortKey(fullName);
}
