import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The secrets of an electronic voting slip. The slip's secret (16 random bytes) is printed in
 * the QR code's URL fragment and, for typing by hand, as 26 characters. The phone derives two
 * keys from it with one AES block each: one it proves it holds (`auth`, sent to the laptop,
 * stored only as a SHA-256) and one it seals the ballot with (`seal`, never sent). Someone who
 * reads the hall's Wi-Fi sees `auth` and a sealed ballot, and can open neither; the database
 * holds neither the secret nor anything that lets a ballot be sent in a slip's name.
 */

/** Crockford's base32: no I, L, O or U, so a code typed by hand is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SECRET_BYTES = 16;
export const HAND_CODE_LENGTH = 26;

// Each is one AES block of ASCII, padded with zeros; the phone script uses the same two.
const AUTH_BLOCK = Buffer.from('hoi-nghi:auth\0\0\0', 'latin1');
const SEAL_BLOCK = Buffer.from('hoi-nghi:seal\0\0\0', 'latin1');

function encodeBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Back from the printed form, forgiving what people type: case, spaces, dashes, O for 0, I/L for 1. */
export function decodeHandCode(typed: string): Buffer | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== HAND_CODE_LENGTH) return null;
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return out.length === SECRET_BYTES ? Buffer.from(out) : null;
}

/** The secret as printed: 26 characters in groups, e.g. "7GQ2K-9XM4T-…". */
export function handCode(secret: Buffer): string {
  return encodeBase32(secret);
}

export function groupCode(code: string, size = 5): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? code;
}

function aesBlock(key: Buffer, block: Buffer): Buffer {
  const cipher = createCipheriv('aes-128-ecb', key, null);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(block), cipher.final()]);
}

export interface SlipKeys {
  /** What the phone sends to prove it holds the slip (hex). */
  auth: string;
  /** SHA-256 of `auth` (hex): the only trace of the slip's secret the laptop stores. */
  authHash: string;
  /** The AES-128-GCM key the phone seals its ballot with (hex). */
  seal: string;
}

export const hashHex = (text: string): string => createHash('sha256').update(text).digest('hex');

export function slipKeys(secret: Buffer): SlipKeys {
  const auth = aesBlock(secret, AUTH_BLOCK).toString('hex');
  return { auth, authHash: hashHex(auth), seal: aesBlock(secret, SEAL_BLOCK).toString('hex') };
}

/** A new slip: 128 random bits. */
export const newSlipSecret = (): Buffer => randomBytes(SECRET_BYTES);

/** A short random code (a slip's label, a receipt): 6 characters, about 30 bits. */
export function shortCode(): string {
  const bytes = randomBytes(6);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return out;
}

/** Hex strings of the same length compared without an early exit. */
export function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Opens a ballot sealed with AES-128-GCM (ciphertext followed by its 16-byte tag); null if it was altered. */
export function openSealed(sealHex: string, ivHex: string, sealedHex: string): string | null {
  const sealed = Buffer.from(sealedHex, 'hex');
  if (sealed.length < 16) return null;
  try {
    const decipher = createDecipheriv('aes-128-gcm', Buffer.from(sealHex, 'hex'), Buffer.from(ivHex, 'hex'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}

/** Seals as the phone does; for tests and the benchmark's simulated phones. */
export function sealBallot(sealHex: string, marks: string, iv: Buffer = randomBytes(12)) {
  const cipher = createCipheriv('aes-128-gcm', Buffer.from(sealHex, 'hex'), iv);
  const body = Buffer.concat([cipher.update(marks, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('hex'), sealed: body.toString('hex') };
}
