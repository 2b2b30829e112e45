/**
 * Vietnamese text rules shared by the core and the UI (DOMAIN.md, "Vietnamese text rules").
 * Pure functions: no Node, DOM or Electron here.
 */

// C0/C1 control characters other than tab and line breaks never belong in stored text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** One-line text as stored: NFC, no control characters, trimmed, inner white space collapsed. */
export function normalizeLine(value: string): string {
  if (isStoredLine(value)) return value;
  return value.normalize('NFC').replace(CONTROL_CHARS, '').replace(/\s+/gu, ' ').trim();
}

const isStoredLine = (value: string): boolean => storedLineLetters(value) !== null;

// Printable ASCII and the precomposed Latin letters: Latin-1's, Extended-A and -B, and Latin
// Extended Additional, where every toned Vietnamese letter is.
const LINE_CHAR = '[\\x21-\\x7e\\u00c0-\\u024f\\u1e00-\\u1eff]';
const STORED_LINE = new RegExp(`^${LINE_CHAR}+(?: ${LINE_CHAR}+)*$`);
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/;
const LATIN1_LETTER = /[\u00c0-\u00ff]/;

/**
 * Null when normalizeLine would change the line; else which letters it holds. A line it leaves
 * as it is holds printable ASCII and precomposed Latin letters (every Vietnamese one; each is its
 * own NFC form and no combining mark follows) with single spaces between words. Most cells of a
 * list are so, and the check is a tenth of the normalising. 'latin1': some letters of Latin-1
 * and none beyond (what TCVN3 and VNI text looks like); 'unicode': a letter beyond Latin-1.
 */
export function storedLineLetters(value: string): 'ascii' | 'latin1' | 'unicode' | null {
  if (value === '') return 'ascii';
  // Regular expressions, not a loop over the characters: V8 compiles them to machine code, and
  // they ran three to four times faster on a list's cells.
  if (!STORED_LINE.test(value)) return null;
  if (BEYOND_LATIN1.test(value)) return 'unicode';
  return LATIN1_LETTER.test(value) ? 'latin1' : 'ascii';
}

/** Multi-line text as stored: NFC, Windows line ends unified, trailing spaces and blank edges dropped. */
export function normalizeMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Folds text for accent-insensitive search: "Đinh Thị Thơm" -> "dinh thi thom".
 * Marks are dropped after NFD; đ/Đ are separate letters in Unicode, so they are mapped by hand.
 * This is the rule; `foldVietnamese` gives the same answer faster.
 */
export function foldBySteps(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether a code unit folds on its own, whatever stands beside it: ASCII, Latin-1 but its
 * no-break space, Latin Extended-A/B, the combining marks, Latin Extended Additional (every
 * precomposed Vietnamese letter) and the dashes, quotes and ellipsis of General Punctuation.
 * Anything else (other scripts, Unicode spaces, surrogates) sends the whole text through
 * `foldBySteps`.
 */
const foldsAlone = (code: number): boolean =>
  code < 0x80 ||
  (code >= 0xa1 && code <= 0x24f) ||
  (code >= 0x2010 && code <= 0x2027) ||
  (code >= 0x2030 && code <= 0x205e) ||
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x1e00 && code <= 0x1eff);

// What each non-ASCII code unit above folds to, filled on first sight ('' for a mark).
const FOLDED_UNIT = new Map<number, string>();

function foldedUnit(code: number): string {
  let folded = FOLDED_UNIT.get(code);
  if (folded === undefined) {
    folded = foldBySteps(String.fromCharCode(code));
    FOLDED_UNIT.set(code, folded);
  }
  return folded;
}

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * `foldBySteps` one code unit at a time: an import folds every cell several times, and the
 * steps (two normalisations, four regular expressions) cost about 20 µs a row. Each unit that
 * folds alone maps to the same text it maps to inside the string (NFD decomposes each code
 * point on its own; marks go, whatever their order), so the fold is a table lookup.
 */
export function foldVietnamese(value: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!foldsAlone(code)) return foldBySteps(value);
    if (isAsciiSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    const piece =
      code < 0x80
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : value.charAt(i)
        : foldedUnit(code);
    if (piece === '') continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += piece;
  }
  return out;
}

/**
 * foldVietnamese, each distinct text once: a list repeats its units, award forms and genders, and
 * the preview and the write fold the same names, units and achievements again.
 */
export function foldOnce(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let f = folded.get(text);
    if (f === undefined) {
      f = foldVietnamese(text);
      folded.set(text, f);
    }
    return f;
  };
}

/**
 * The fold of `parts` joined by spaces, folding each part on its own (through `fold`, a foldOnce
 * for texts that repeat): folding ends at spaces, which it collapses, so the two are the same.
 */
export function foldJoined(
  parts: readonly string[],
  fold: (text: string) => string = foldVietnamese,
): string {
  let out = '';
  for (const part of parts) {
    const folded = fold(part);
    if (folded === '') continue;
    out = out === '' ? folded : `${out} ${folded}`;
  }
  return out;
}

// Accent sensitivity: tone marks order words too (Lê < Lễ); letter case does not.
const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });

/** Vietnamese ordering (A < Ă < Â, D < Đ) for titles and names. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
