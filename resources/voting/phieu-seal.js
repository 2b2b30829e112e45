/*
 * The slip's secret and the sealing of a ballot, for the phone's page. An ES module with no
 * bundler: it imports @noble/ciphers' own ES modules, which the voting listener serves from the
 * package folder under /noble-ciphers/. noble needs BigInt: Chrome 67+, Safari 14+.
 *
 * The secret arrives in the URL fragment (never sent over the network) or is typed by hand. Two
 * keys are derived from it with one AES block each: `auth`, sent to prove the slip is held, and
 * `seal`, which seals the ballot with AES-128-GCM before it leaves the phone. The laptop is plain
 * http on the hall's network, where browsers withhold crypto.subtle, so noble seals everywhere:
 * one way to seal, the one the tests run (crypto.getRandomValues needs no secure context).
 */
import { ecb, gcm } from './noble-ciphers/aes.js';

// Crockford's base32, as the laptop prints it (src/main/voting/lan/codes.ts).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 16-byte secret from a typed or scanned code, or null when it is not one. */
export function decodeCode(typed) {
  const clean = String(typed).toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 26) return null;
  const out = [];
  let value = 0;
  let bits = 0;
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
  return out.length === 16 ? new Uint8Array(out) : null;
}

export function hex(bytes) {
  let out = '';
  for (const byte of bytes) out += (byte < 16 ? '0' : '') + byte.toString(16);
  return out;
}

/** A label as one AES block: its ASCII, zero-padded to 16 bytes. */
function block(label) {
  const out = new Uint8Array(16);
  out.set(new TextEncoder().encode(label));
  return out;
}

/** `auth` (hex, sent) and `seal` (bytes, kept): one AES-128 block each under the secret. */
export function slipKeys(secret) {
  const aes = (label) => ecb(secret, { disablePadding: true }).encrypt(block(label));
  return { auth: hex(aes('hoi-nghi:auth')), seal: aes('hoi-nghi:seal') };
}

/** The marks ("a", "d", "-" per nominee) sealed under a fresh random 96-bit IV: hex IV, hex ciphertext and tag. */
export function seal(sealKey, marks) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = gcm(sealKey, iv).encrypt(new TextEncoder().encode(marks));
  return { iv: hex(iv), c: hex(sealed) };
}
