import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { handCode, newSlipSecret, openSealed, slipKeys } from '../../src/main/voting/lan/codes';

interface PhoneCrypto {
  decodeCode(code: string): Uint8Array | null;
  slipKeys(secret: Uint8Array): { auth: string; seal: Uint8Array };
  gcmSeal(key: Uint8Array, iv: Uint8Array, plain: Uint8Array): Uint8Array;
  hex(bytes: Uint8Array): string;
}

/** The phone's script as a browser without WebCrypto runs it (plain http on the hall's network). */
function loadPhoneScript(): PhoneCrypto {
  const sandbox: { phieuCrypto?: PhoneCrypto } = {};
  runInNewContext(readFileSync(join(__dirname, '../../resources/voting/phieu.js'), 'utf8'), sandbox);
  if (!sandbox.phieuCrypto) throw new Error('phieu.js did not expose its sealing');
  return sandbox.phieuCrypto;
}

describe('the phone script’s own AES-GCM', () => {
  const js = loadPhoneScript();

  it('derives the same keys as the laptop from a typed code', () => {
    for (let i = 0; i < 20; i++) {
      const secret = newSlipSecret();
      const fromCode = js.decodeCode(handCode(secret));
      if (!fromCode) throw new Error('code not read back');
      expect(Buffer.from(fromCode).equals(secret)).toBe(true);
      const phone = js.slipKeys(fromCode);
      const laptop = slipKeys(secret);
      expect(phone.auth).toBe(laptop.auth);
      expect(js.hex(phone.seal)).toBe(laptop.seal);
    }
  });

  it('seals ballots of every length that node:crypto opens, and an altered one that it refuses', () => {
    for (const length of [0, 1, 15, 16, 17, 31, 32, 33, 100, 300]) {
      const secret = newSlipSecret();
      const keys = slipKeys(secret);
      const marks = Array.from({ length }, (_, i) => 'ad-'[(i * 7 + length) % 3]).join('');
      const iv = newSlipSecret().subarray(0, 12);
      const sealed = js.gcmSeal(Buffer.from(keys.seal, 'hex'), iv, Buffer.from(marks, 'ascii'));
      expect(openSealed(keys.seal, iv.toString('hex'), js.hex(sealed))).toBe(marks);
      const altered = Buffer.from(sealed);
      altered[0] = (altered[0] ?? 0) ^ 1;
      expect(openSealed(keys.seal, iv.toString('hex'), altered.toString('hex'))).toBeNull();
    }
  });
});
