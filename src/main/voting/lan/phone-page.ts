import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The phone's page, served from `resources/voting` (a page, its two scripts and its style) and
 * the few ES modules of @noble/ciphers that seal the ballot. Every path served is listed here;
 * nothing from a request is ever joined to a folder.
 */
export interface PhonePage {
  file(path: string): { type: string; body: Buffer } | null;
}

const JS = 'text/javascript; charset=utf-8';

const PAGE_FILES: Record<string, { name: string; type: string }> = {
  '/': { name: 'phieu.html', type: 'text/html; charset=utf-8' },
  '/phieu.js': { name: 'phieu.js', type: JS },
  '/phieu-seal.js': { name: 'phieu-seal.js', type: JS },
  '/phieu.css': { name: 'phieu.css', type: 'text/css; charset=utf-8' },
};

/** URL folder of noble's modules; phieu-seal.js imports `./noble-ciphers/aes.js`. */
export const CIPHERS_URL = '/noble-ciphers/';

/** `aes.js` (AES, ECB, GCM) and what it imports, no more: the rest of the package is never served. */
const CIPHER_MODULES = ['aes.js', '_polyval.js', 'utils.js'];

// As resolveFontsDir does: __dirname in the bundle, the module's URL under vitest.
const here = (): string =>
  typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

/** `resources/voting`, found walking up from this file (source tree, out/main, app.asar). */
export function resolvePhonePageDir(start: string = here()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'voting');
    if (existsSync(join(candidate, 'phieu.html'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Không thấy thư mục resources/voting (tìm từ ${start} trở lên)`);
}

/**
 * The folder of @noble/ciphers' ES modules, found as Node finds the package (source tree,
 * out/main, app.asar). Its `require` entry is `<package>/aes.js`, beside the `esm` folder.
 */
export function resolveCiphersDir(start: string = here()): string {
  let entry: string;
  try {
    entry = createRequire(join(start, 'phone-page.js')).resolve('@noble/ciphers/aes');
  } catch (error) {
    throw new Error(`Không thấy thư viện @noble/ciphers (tìm từ ${start})`, { cause: error });
  }
  return join(dirname(entry), 'esm');
}

/** Read once when voting opens: the files are small, and a phone must never wait on the disk. */
export function loadPhonePage(
  dir: string = resolvePhonePageDir(),
  ciphersDir: string = resolveCiphersDir(),
): PhonePage {
  type Served = [path: string, file: string, type: string];
  const files = [
    ...Object.entries(PAGE_FILES).map(([path, { name, type }]): Served => [path, join(dir, name), type]),
    ...CIPHER_MODULES.map((name): Served => [CIPHERS_URL + name, join(ciphersDir, name), JS]),
  ];
  const bodies = new Map(files.map(([path, file, type]) => [path, { type, body: readFileSync(file) }]));
  return { file: (path) => bodies.get(path === '/index.html' ? '/' : path) ?? null };
}
