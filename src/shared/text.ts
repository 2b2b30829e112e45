/**
 * Vietnamese text rules shared by the core and the UI (DOMAIN.md, "Vietnamese text rules").
 * Pure functions: no Node, DOM or Electron here.
 */

// C0/C1 control characters other than tab and line breaks never belong in stored text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** One-line text as stored: NFC, no control characters, trimmed, inner white space collapsed. */
export function normalizeLine(value: string): string {
  return value.normalize('NFC').replace(CONTROL_CHARS, '').replace(/\s+/gu, ' ').trim();
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
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

// Accent sensitivity: tone marks order words too (Lê < Lễ); letter case does not.
const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });

/** Vietnamese ordering (A < Ă < Â, D < Đ) for titles and names. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
