import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handCode, newSlipSecret, openSealed, slipKeys } from '../../src/main/voting/lan/codes';
import { loadPhonePage, type PhonePage } from '../../src/main/voting/lan/phone-page';

interface PhoneSealing {
  decodeCode(code: string): Uint8Array | null;
  slipKeys(secret: Uint8Array): { auth: string; seal: Uint8Array };
  seal(sealKey: Uint8Array, marks: string): { iv: string; c: string };
  hex(bytes: Uint8Array): string;
}

/** The specifiers of a module's static imports and re-exports (not the examples in its comments). */
function importsOf(source: string): string[] {
  const statements = /^\s*(?:(?:import|export)\s[^;'"]*?\bfrom\s*|import\s*)["']([^"']+)["']/gm;
  return [...source.matchAll(statements)].map((match) => match[1] ?? '');
}

/**
 * The page's module graph as a phone loads it: the page's module script, then every import,
 * each asked of the phone page by its URL path. Throws on a module that is not served or is
 * imported by a bare name (a browser without an import map cannot load it).
 */
function modulesAsServed(page: PhonePage): Map<string, Buffer> {
  const html = page.file('/')?.body.toString('utf8') ?? '';
  const entry = /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1];
  if (!entry) throw new Error('the page has no module script');
  const served = new Map<string, Buffer>();
  const queue = [entry];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (served.has(path)) continue;
    const file = page.file(path);
    if (!file) throw new Error(`${path} is imported but not served`);
    if (file.type !== 'text/javascript; charset=utf-8') throw new Error(`${path} served as ${file.type}`);
    served.set(path, file.body);
    for (const specifier of importsOf(file.body.toString('utf8'))) {
      if (!/^\.{1,2}\//.test(specifier)) throw new Error(`${path} imports "${specifier}" by a bare name`);
      queue.push(new URL(specifier, `http://phone${path}`).pathname);
    }
  }
  return served;
}

describe('the phone page’s sealing: noble’s AES-GCM as the page loads it', () => {
  let folder = '';
  let js: PhoneSealing;
  const served = modulesAsServed(loadPhonePage());

  // The served bytes at their URL paths in an empty folder: an import the page does not serve
  // cannot be found there, so what runs below is exactly what a phone runs. The folder is named
  // node_modules so that vitest leaves the files to Node's own ES module loader, untransformed.
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'hoi-nghi-phone-'));
    const site = join(folder, 'node_modules', 'phone');
    for (const [path, body] of served) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), body);
    }
    writeFileSync(join(site, 'package.json'), '{ "type": "module" }');
    js = (await import(pathToFileURL(join(site, 'phieu-seal.js')).href)) as PhoneSealing;
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is the page’s script, its sealing and the three modules of @noble/ciphers that AES-GCM needs', () => {
    expect([...served.keys()].sort()).toEqual([
      '/noble-ciphers/_polyval.js',
      '/noble-ciphers/aes.js',
      '/noble-ciphers/utils.js',
      '/phieu-seal.js',
      '/phieu.js',
    ]);
  });

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
    expect(js.decodeCode('7GQ2K-9XM4T')).toBeNull();
    expect(js.decodeCode('U'.repeat(26))).toBeNull();
  });

  it('seals ballots of every length that node:crypto opens, and an altered one that it refuses', () => {
    const ivs = new Set<string>();
    for (const length of [0, 1, 15, 16, 17, 31, 32, 33, 100, 300]) {
      const secret = newSlipSecret();
      const keys = slipKeys(secret);
      const marks = Array.from({ length }, (_, i) => 'ad-'[(i * 7 + length) % 3]).join('');
      const sealed = js.seal(js.slipKeys(secret).seal, marks);
      expect(sealed.iv).toMatch(/^[0-9a-f]{24}$/);
      expect(sealed.c).toHaveLength(2 * (length + 16));
      ivs.add(sealed.iv);
      expect(openSealed(keys.seal, sealed.iv, sealed.c)).toBe(marks);
      const altered = Buffer.from(sealed.c, 'hex');
      altered[0] = (altered[0] ?? 0) ^ 1;
      expect(openSealed(keys.seal, sealed.iv, altered.toString('hex'))).toBeNull();
    }
    expect(ivs.size).toBe(10);
  });
});
