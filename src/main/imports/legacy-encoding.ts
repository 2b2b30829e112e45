/**
 * Converts Vietnamese text typed in the legacy TCVN3 (ABC) and VNI-Windows encodings, as it reads
 * in an Excel cell, to NFC Unicode (DOMAIN.md, "An honoree list in Excel"). Pure functions.
 */
import {
  TCVN3_CAPITALS,
  TCVN3_LETTERS,
  VIETNAMESE_LETTERS,
  VNI_BASE_MARKS,
  VNI_MARKS,
  VNI_SINGLES,
} from './legacy-tables';

export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3_TO_UNICODE = new Map<string, string>(Object.entries(TCVN3_CAPITALS));
[...TCVN3_LETTERS].forEach((code, index) => {
  const letter = VIETNAMESE_LETTERS[index];
  if (letter && code !== letter) TCVN3_TO_UNICODE.set(code, letter);
});

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const stripTone = (letter: string) => letter.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
const bareLetter = (letter: string) => letter.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * VN3 has no toned capitals, so some converters write one as the capital followed by the small
 * toned letter: "A¸" for "Á", "¢Ê" (or "¢¸") for "Ấ". Returns the one capital, or null when the
 * pair is two letters. Vietnamese never doubles a vowel with the second one toned, so the pair
 * cannot be read otherwise.
 */
function tonedCapital(capital: string, small: string): string | null {
  if (capital === capital.toLowerCase() || !/^[AEIOUYĂÂÊÔƠƯ]$/u.test(capital)) return null;
  const toned = small.normalize('NFD');
  const tone = TONE_MARKS.exec(toned)?.[0];
  if (!tone) return null;
  const lower = capital.toLowerCase();
  const shape = stripTone(small);
  // "A¸" (A á), "¢Ê" (Â ấ), and "AË" (A ậ): the small letter holds the whole letter.
  if (shape === lower || (lower === bareLetter(lower) && bareLetter(small) === lower)) {
    return small.toUpperCase();
  }
  // "¢¸" (Â á): the shape came with the capital and only the tone with the small letter.
  if (shape === bareLetter(lower)) return (capital + tone).normalize('NFC');
  return null;
}

/** TCVN3 (ABC) text → NFC Unicode. `capitals` is for the .VnTimeH family: the result is upper-cased Vietnamese. */
export function convertTcvn3(text: string, options?: { capitals?: boolean }): string {
  const letters = [...text].map((char) => TCVN3_TO_UNICODE.get(char) ?? char);
  let result = '';
  for (let i = 0; i < letters.length; i += 1) {
    const letter = letters[i] as string;
    const pair = i + 1 < letters.length ? tonedCapital(letter, letters[i + 1] as string) : null;
    if (pair) i += 1;
    result += pair ?? letter;
  }
  result = result.normalize('NFC');
  return options?.capitals ? result.toUpperCase() : result;
}

const VNI_BASES = new Map<string, string>([
  ['a', 'a'],
  ['e', 'e'],
  ['o', 'o'],
  ['u', 'u'],
  ['y', 'y'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
]);

/** VNI-Windows text → NFC Unicode. */
export function convertVni(text: string): string {
  const chars = [...text];
  let result = '';
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] as string;
    const lower = char.toLowerCase();
    const upper = char !== lower;
    const base = VNI_BASES.get(lower);
    const mark = (chars[i + 1] ?? '').toLowerCase();
    if (base && mark && VNI_BASE_MARKS[base]?.includes(mark)) {
      const letter = (base + VNI_MARKS[mark]).normalize('NFC');
      result += upper ? letter.toUpperCase() : letter;
      i += 1;
      continue;
    }
    const single = VNI_SINGLES[lower];
    result += single ? (upper ? single.toUpperCase() : single) : char;
  }
  return result.normalize('NFC');
}

/** From a cell's font name: '.VnTime' → { encoding: 'tcvn3', capitals: false }, '.VnTimeH' → capitals true, 'VNI-Times' → vni; Unicode fonts → null. Case-insensitive. */
export function encodingOfFont(fontName: string | undefined): FontEncoding | null {
  if (fontName === undefined) return null;
  let known = FONT_ENCODINGS.get(fontName);
  if (known === undefined) {
    known = fontEncoding(fontName);
    // A workbook uses a handful of fonts; the cap only bounds a crafted one.
    if (FONT_ENCODINGS.size < 256) FONT_ENCODINGS.set(fontName, known);
  }
  return known;
}

type FontEncoding = { encoding: LegacyEncoding; capitals: boolean };

// Asked for every cell of an import, of a handful of distinct fonts.
const FONT_ENCODINGS = new Map<string, FontEncoding | null>();

function fontEncoding(fontName: string): FontEncoding | null {
  const name = fontName.trim().replace(/^["']|["']$/g, '');
  if (/^vni[-_ ]/i.test(name)) return { encoding: 'vni', capitals: false };
  // The ABC families are all named ".Vn…"; the ones ending in H draw every letter as a capital.
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  return null;
}

// Letters that exist only in Unicode: text holding any of them (or combining marks) was typed in
// Unicode, whatever its font says, since legacy text never leaves Latin-1.
const UNICODE_ONLY = /[\p{M}\u0100-\u024f\u1e00-\u1eff]/u;

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VIETNAMESE_WORD = new RegExp(`^[a-z${VIETNAMESE_LETTERS}]+$`, 'u');
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?';
const CODA = '(ch|ng|nh|[cmnpt])';
// Vowel groups that end the syllable (a glide or the open "ia", "ua", "ưa" kind), that need a
// final consonant, and that may take one.
const OPEN =
  'iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu';
const CLOSED = 'uyê|iê|yê|uô|ươ|uâ|oă|oo|ă|â';
const FREE = 'oa|oe|uê|uy|[aeêioôơuưy]';
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN})|(?:${CLOSED})${CODA}|(?:${FREE})${CODA}?)$`, 'u');

/** Whether a word reads as one Vietnamese syllable: onset, vowel group, ending, at most one tone. */
function isSyllable(word: string): boolean {
  const lower = word.toLowerCase().replace(/ð/g, 'đ').normalize('NFC');
  if (!VIETNAMESE_WORD.test(lower)) return false;
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONES, '').normalize('NFC'));
  if (!match) return false;
  // Syllables closed by a stop take only the rising (sắc) or the heavy (nặng) tone.
  const coda = match[1] ?? match[2];
  const stop = coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't';
  return !stop || tones[0] === '\u0301' || tones[0] === '\u0323';
}

const TCVN3_CHARS = new Set([...TCVN3_TO_UNICODE.keys()]);
const WORD = /[A-Za-z\u00a1-\u00ff]+/g;

interface Evidence {
  /** Words that read as Vietnamese only after this conversion, with at least one ASCII letter. */
  strong: number;
  /** All words that read as Vietnamese only after this conversion. */
  total: number;
  /** Words that read as Vietnamese as they are but not after this conversion. */
  against: number;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Guess from the text alone (for cells whose font is Unicode or missing): returns the encoding only when the text is clearly legacy (e.g. contains characters/sequences that are typical of TCVN3 like "¨", "Ô" used inside words as in "NguyÔn", or VNI mark sequences like "aê", "eã", "oà" after letters), and null for normal Unicode Vietnamese or plain ASCII. */
export function detectEncodingByText(text: string): LegacyEncoding | null {
  // Both encodings write every Vietnamese mark above ASCII: plain ASCII reads the same in all three.
  if (isAscii(text) || UNICODE_ONLY.test(text)) return null;
  const tcvn3: Evidence = { strong: 0, total: 0, against: 0 };
  const vni: Evidence = { strong: 0, total: 0, against: 0 };
  for (const [word] of text.matchAll(WORD)) {
    if (/^[A-Za-z]+$/.test(word)) continue;
    const asUnicode = isSyllable(word);
    const hasAscii = /[A-Za-z]/.test(word);
    const asTcvn3 =
      [...word].every((c) => c < '\u0080' || TCVN3_CHARS.has(c)) && isSyllable(convertTcvn3(word));
    const vniText = convertVni(word);
    const asVni = vniText !== word && isSyllable(vniText);
    for (const [evidence, readsAs] of [
      [tcvn3, asTcvn3],
      [vni, asVni],
    ] as const) {
      if (readsAs && !asUnicode) {
        evidence.total += 1;
        if (hasAscii) evidence.strong += 1;
      } else if (asUnicode && !readsAs) {
        evidence.against += 1;
      }
    }
  }
  const wins = (a: Evidence, b: Evidence) => a.strong > 0 && a.total > b.total && a.total > a.against;
  if (wins(tcvn3, vni)) return 'tcvn3';
  if (wins(vni, tcvn3)) return 'vni';
  return null;
}

/** Converts one cell: by font first, else by text detection; returns the NFC text and which encoding was found (null if none). */
export function toUnicode(
  text: string,
  fontName?: string,
): { text: string; encoding: LegacyEncoding | null } {
  const byFont = encodingOfFont(fontName);
  // Unicode pasted into a cell that kept an old template's font is common; it must stay as it is.
  if (byFont && UNICODE_ONLY.test(text)) return { text: text.normalize('NFC'), encoding: null };
  const encoding = byFont ? byFont.encoding : detectEncodingByText(text);
  if (encoding === 'tcvn3') return { text: convertTcvn3(text, { capitals: byFont?.capitals }), encoding };
  if (encoding === 'vni') return { text: convertVni(text), encoding };
  return { text: text.normalize('NFC'), encoding: null };
}
