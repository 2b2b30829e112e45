import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers';

// @engine sqlite: it starts a core of its own in a child process, to see what that process loads.

const ROOT = resolve(__dirname, '../..');

/**
 * A child process that starts the core as the core worker does (its module graph: serve.ts and
 * createCore), answers the first page's call, and prints which document libraries it loaded.
 */
const CHILD = `
const { createRequire } = await import('node:module');
await import(${JSON.stringify(resolve(ROOT, 'src/main/process/serve.ts'))});
const { createCore } = await import(${JSON.stringify(resolve(ROOT, 'src/main/app/create-core.ts'))});
const core = await createCore({ dataDir: process.argv[1], log: () => undefined });
const listed = await core.dispatch('conferences.list', {});
await core.close();
const cache = createRequire(import.meta.url).cache;
const libraries = new Set();
for (const file of Object.keys(cache)) {
  const name = /node_modules[\\\\/](exceljs|pdfmake|pdfkit|docx|qrcode)[\\\\/]/.exec(file)?.[1];
  if (name) libraries.add(name);
}
console.log(JSON.stringify({ ok: listed.ok, libraries: [...libraries].sort() }));
`;

describe('start-up', () => {
  const dir = useTempDir();

  it('lists conferences without loading the document libraries', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', CHILD, dir()],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { ok: boolean; libraries: string[] };
    expect(report.ok).toBe(true);
    // exceljs alone takes about 0.2 s to load: a page that needs it loads it when it opens.
    expect(report.libraries).toEqual([]);
  });
});
