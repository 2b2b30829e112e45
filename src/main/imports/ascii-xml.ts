import { isUtf8 } from 'node:buffer';

/** Decimal digits of a code point above ASCII (128 … 1,114,111). */
const digitsOf = (cp: number): number =>
  cp < 1_000 ? 3 : cp < 10_000 ? 4 : cp < 100_000 ? 5 : cp < 1_000_000 ? 6 : 7;

const [AMP, HASH, SEMI, ZERO] = [0x26, 0x23, 0x3b, 0x30];

/** The code point of the valid UTF-8 sequence at `i`, and its length in bytes. */
function codePointAt(raw: Uint8Array, i: number): [number, number] {
  const b = raw[i] as number;
  const c = (k: number) => (raw[i + k] as number) & 0x3f;
  if (b < 0xe0) return [((b & 0x1f) << 6) | c(1), 2];
  if (b < 0xf0) return [((b & 0x0f) << 12) | (c(1) << 6) | c(2), 3];
  return [((b & 0x07) << 18) | (c(1) << 12) | (c(2) << 6) | c(3), 4];
}

/**
 * UTF-8 XML with every non-ASCII character written as a numeric character reference ("ệ" as
 * "&#7879;"): the same document, in pure ASCII. Done on the bytes, in two passes (size, then
 * write), as a regular expression over the decoded text took several times longer on a list's
 * shared strings. Bytes that are not valid UTF-8 read as U+FFFD, as Buffer#toString reads them.
 */
export function asciiXml(raw: Buffer): Buffer {
  if (!isUtf8(raw)) {
    return Buffer.from(
      raw.toString('utf8').replace(/[\u0080-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0) ?? 0xfffd};`),
      'latin1',
    );
  }
  let size = 0;
  for (let i = 0; i < raw.length;) {
    if ((raw[i] as number) < 0x80) {
      size += 1;
      i += 1;
      continue;
    }
    const [cp, length] = codePointAt(raw, i);
    size += 3 + digitsOf(cp);
    i += length;
  }
  if (size === raw.length) return raw;
  const out = Buffer.allocUnsafe(size);
  let j = 0;
  for (let i = 0; i < raw.length;) {
    const b = raw[i] as number;
    if (b < 0x80) {
      out[j++] = b;
      i += 1;
      continue;
    }
    const [cp, length] = codePointAt(raw, i);
    i += length;
    out[j++] = AMP;
    out[j++] = HASH;
    const digits = digitsOf(cp);
    for (let d = digits - 1, n = cp; d >= 0; d--, n = Math.floor(n / 10)) out[j + d] = ZERO + (n % 10);
    j += digits;
    out[j++] = SEMI;
  }
  return out;
}
