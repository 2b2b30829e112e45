/**
 * An amount of money in Vietnamese words, as the "Bằng chữ:" line of a payment list or a
 * decision writes it: 1 750 000 → "Một triệu bảy trăm năm mươi nghìn đồng".
 *
 * The reading rules:
 * - digits in groups of three, named "nghìn", "triệu", "tỷ"; a group of zeros is left out;
 *   above a thousand "tỷ" the count of "tỷ" is read the same way ("một nghìn tỷ");
 * - a group after the first says its hundreds even when zero ("một triệu không trăm năm mươi
 *   nghìn");
 * - a zero ten before a unit is "lẻ" (or "linh", as the north writes it): "một trăm lẻ năm";
 * - after "mươi" (twenty and above) 1 is "mốt", 4 is "tư" and 5 is "lăm"; after "mười" 5 is
 *   "lăm" and 1, 4 stay "một", "bốn": "hai mươi mốt", "ba mươi tư", "mười lăm", "mười bốn".
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUPS = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

export interface WordsOptions {
  /** How a zero ten before a unit is read: "lẻ" (the default) or "linh". */
  zeroTen?: 'lẻ' | 'linh';
}

const digit = (n: number): string => DIGITS[n] ?? '';

/** The units after a ten: "mốt", "tư", "lăm" where the rule above says so. */
function unitAfterTen(tens: number, units: number): string {
  if (units === 0) return '';
  if (units === 5) return 'lăm';
  if (tens >= 2 && units === 1) return 'mốt';
  if (tens >= 2 && units === 4) return 'tư';
  return digit(units);
}

/** A group of three digits (0–999); `full` says its hundreds even when they are zero. */
function readGroup(n: number, full: boolean, zeroTen: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0) words.push(...(words.length > 0 ? [zeroTen, digit(units)] : [digit(units)]));
  } else {
    words.push(tens === 1 ? 'mười' : `${digit(tens)} mươi`);
    const unit = unitAfterTen(tens, units);
    if (unit) words.push(unit);
  }
  return words;
}

/** A number below a billion; `leading` when nothing bigger was read before it. */
function readBelowBillion(n: number, leading: boolean, zeroTen: string): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) continue;
    words.push(...readGroup(group, !leading || words.length > 0, zeroTen));
    const name = GROUPS[i];
    if (name) words.push(name);
  }
  return words;
}

function readNumber(n: number, leading: boolean, zeroTen: string): string[] {
  if (n < BILLION) return readBelowBillion(n, leading, zeroTen);
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  const words = [...readNumber(billions, leading, zeroTen), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, false, zeroTen));
  return words;
}

/** The number alone in lower-case words: 105 → "một trăm lẻ năm"; 0 → "không". */
export function numberInWords(n: number, options: WordsOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Không đọc được số tiền ${n}`);
  if (n === 0) return digit(0);
  return readNumber(n, true, options.zeroTen ?? 'lẻ')
    .join(' ')
    .normalize('NFC');
}

/** "Một triệu bảy trăm năm mươi nghìn đồng": capitalised, in NFC, ending in "đồng". */
export function amountInWords(n: number, options: WordsOptions = {}): string {
  const words = numberInWords(n, options);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`.normalize('NFC');
}
