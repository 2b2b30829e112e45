import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'src/main');

/**
 * The SQLite driver stays behind the store: `src/main/db/` opens and migrates the file and
 * `src/main/backups/` copies it, both SQLite by nature. Every other file reaches the database
 * through Kysely only, so that another engine can be put behind the same queries.
 */
const MAY_USE_DRIVER = ['src/main/db/', 'src/main/backups/'];

const DRIVER_USES: [string, RegExp][] = [
  [
    'imports better-sqlite3',
    /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])better-sqlite3\1/,
  ],
  ['uses store.sqlite', /\bstore\s*\??\.\s*sqlite\b|\{[^}]*\bsqlite\b[^}]*\}\s*=\s*[\w.]*store\b/],
  ['takes the raw handle', /\brawSqlite\s*\(/],
  ['prepares a statement', /\.prepare\s*\(/],
  ['runs a pragma', /\.pragma\s*\(/],
];

function driverUses(source: string): string[] {
  return DRIVER_USES.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const repoPath = (file: string) => relative(ROOT, file).split('\\').join('/');

describe('the store boundary', () => {
  it('recognises each way of reaching the driver', () => {
    expect(driverUses("import BetterSqlite3 from 'better-sqlite3';")).toEqual(['imports better-sqlite3']);
    expect(driverUses("import type BetterSqlite3 from 'better-sqlite3';")).toEqual([
      'imports better-sqlite3',
    ]);
    expect(driverUses("const m = await import('better-sqlite3');")).toEqual(['imports better-sqlite3']);
    expect(driverUses('ctx.store.sqlite.exec(sql);')).toContain('uses store.sqlite');
    expect(driverUses('const { db, sqlite } = ctx.store;')).toEqual(['uses store.sqlite']);
    expect(driverUses('const handle = rawSqlite(ctx.store);')).toEqual(['takes the raw handle']);
    expect(driverUses("live.prepare('select 1').get();")).toEqual(['prepares a statement']);
    expect(driverUses("handle.pragma('foreign_keys = ON');")).toEqual(['runs a pragma']);
    // Words in a comment are not a use: the shells explain when better-sqlite3 loads.
    expect(driverUses('// before better-sqlite3 is loaded, the Node version is checked')).toEqual([]);
    expect(driverUses("export const DATABASE_FILE = 'hoi-nghi.sqlite';")).toEqual([]);
  });

  it('keeps better-sqlite3 inside db/ and backups/', () => {
    const files = sourceFiles(MAIN);
    const inside = files.filter((f) => MAY_USE_DRIVER.some((dir) => repoPath(f).startsWith(dir)));
    // The scan reads the real files: the store itself does use the driver.
    expect(inside.some((f) => driverUses(readFileSync(f, 'utf8')).includes('imports better-sqlite3'))).toBe(
      true,
    );
    const outside = files.filter((f) => !inside.includes(f));
    expect(outside.length).toBeGreaterThan(100);
    const found = outside.flatMap((f) =>
      driverUses(readFileSync(f, 'utf8')).map((what) => `${repoPath(f)} ${what}`),
    );
    expect(found).toEqual([]);
  });
});
