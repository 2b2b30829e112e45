import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The phone's page, served from `resources/voting`: a page, its script and its style, nothing else. */
export interface PhonePage {
  file(path: string): { type: string; body: Buffer } | null;
}

const FILES: Record<string, { name: string; type: string }> = {
  '/': { name: 'phieu.html', type: 'text/html; charset=utf-8' },
  '/phieu.js': { name: 'phieu.js', type: 'text/javascript; charset=utf-8' },
  '/phieu.css': { name: 'phieu.css', type: 'text/css; charset=utf-8' },
};

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

/** Read once when voting opens: the page is small, and a phone must never wait on the disk. */
export function loadPhonePage(dir: string = resolvePhonePageDir()): PhonePage {
  const bodies = new Map(
    Object.entries(FILES).map(([path, file]) => [
      path,
      { type: file.type, body: readFileSync(join(dir, file.name)) },
    ]),
  );
  return { file: (path) => bodies.get(path === '/index.html' ? '/' : path) ?? null };
}
