import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A fresh clone must run every test: nothing may read a folder beside the repository or a
 * folder of one particular machine. This scans the text of every file that tests, builds or
 * runs the app and names each offending line.
 */
const ROOT = resolve(__dirname, '../..');
const SCANNED_DIRS = ['tests', 'e2e', 'bench', 'scripts', 'src', '.ci', '.github'];
const SCANNED_ROOT_FILES = [
  'package.json',
  'electron.vite.config.ts',
  'electron-builder.yml',
  'playwright.config.ts',
  'vitest.config.mts',
  'eslint.config.mjs',
  '.npmrc',
];
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'test-results']);

/** The folder that once sat beside the repository, by any of its sub-folders' names. */
const SIBLING_FOLDER = /\.\.[\\/]shared[\\/](fixtures|seeds|design|hooks)\b/;
/** Home and work folders of particular machines (Linux, macOS, Windows). */
const MACHINE_FOLDER = /(?<![\w.~:/-])\/(work|home|root|Users|mnt)\/|\b[A-Za-z]:(\\\\|\\|\/)+(Users|work)\b/;
/** A relative path that climbs: checked against the folder of the file that names it. */
const CLIMBING_PATH = /(?<![\w.])((?:\.\.[\\/])+)/g;

/**
 * Example paths that tests hand to pure functions as data and never open, by file and text.
 * Each is a value the app must handle (a path to hide from an error message, a Windows
 * profile folder, a URL the window must refuse), not a folder the test reads.
 */
const EXAMPLE_PATHS: Record<string, string[]> = {
  'tests/core/dispatcher.test.ts': ['/home/someone/private/hoi-nghi.sqlite'],
  'tests/core/packaging.test.ts': ['C:\\\\Users\\\\thu.ky\\\\AppData\\\\Roaming'],
  'tests/security/electron.test.ts': ['file:///C:/Users/x/'],
};

interface Finding {
  line: number;
  text: string;
  why: string;
}

/** The lines of `text` (the file at `file`, relative to `root`) that reach outside `root`. */
function findOutsidePaths(root: string, file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const allowed = EXAMPLE_PATHS[file.split(sep).join('/')] ?? [];
  const fileDir = dirname(join(root, file));
  text.split('\n').forEach((content, index) => {
    const line = allowed.reduce((rest, example) => rest.split(example).join(''), content);
    const report = (why: string) => findings.push({ line: index + 1, text: content.trim(), why });
    if (SIBLING_FOLDER.test(line)) report('names the shared folder beside the repository');
    if (MACHINE_FOLDER.test(line)) report('names a folder of one particular machine');
    for (const match of line.matchAll(CLIMBING_PATH)) {
      const target = resolve(fileDir, match[1] ?? '');
      const inside = relative(root, target);
      if (inside.startsWith('..')) report(`climbs out of the repository (${match[1]})`);
    }
  });
  return findings;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function scannedFiles(): string[] {
  const files = SCANNED_DIRS.map((dir) => join(ROOT, dir))
    .filter(exists)
    .flatMap((dir) => [...filesUnder(dir)]);
  return [...files, ...SCANNED_ROOT_FILES.map((file) => join(ROOT, file)).filter(exists)];
}

// The samples spell the sibling folder's name through a constant, so that this file itself
// names no path outside the repository.
const SHARED = 'shared';

describe('the detector', () => {
  const find = (file: string, text: string) => findOutsidePaths('/repo', file, text).map((f) => f.why);

  it.each([
    ['tests/imports/a.test.ts', `const F = resolve(__dirname, '../../../${SHARED}/fixtures/x.xlsx');`],
    ['tests/shared/a.test.ts', `new URL('../../../${SHARED}/seeds/', import.meta.url)`],
    ['e2e/a.spec.ts', "resolve(__dirname, '../../data/x.xlsx')"],
    ['tests/a.test.ts', `const F = '/work/${SHARED}/fixtures/x.xlsx';`],
    ['bench/a.ts', "readFileSync('/home/me/lists/big.xlsx')"],
    ['scripts/a.ts', "const out = '/root/hoi-nghi';"],
    ['.ci/run', 'cp -r /Users/me/seeds tests/'],
    ['tests/a.test.ts', "const F = 'C:\\\\Users\\\\me\\\\x.xlsx';"],
    ['tests/a.test.ts', "const F = 'D:/work/x.xlsx';"],
    ['src/a.md', `Copy it from ../${SHARED}/fixtures/ first.`],
  ])('flags %s: %s', (file, text) => {
    expect(find(file, text)).not.toEqual([]);
  });

  it.each([
    ['src/main/nominees/a.ts', `import { foldVietnamese } from '../../${SHARED}/text';`],
    ['src/renderer/src/api/a.ts', `import type { ApiClient } from '../../../${SHARED}/api/contract';`],
    ['e2e/support/a.ts', "resolve(__dirname, '../../out/main/host.js')"],
    ['tests/core/a.test.ts', "resolve(__dirname, '../../electron-builder.yml')"],
    ['src/main/a.ts', "join(__dirname, '../renderer/index.html')"],
    ['tests/a.test.ts', "fetch('http://127.0.0.1:4780/home/page')"],
    ['tests/a.test.ts', "const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-'));"],
    ['src/main/host/a.ts', '// ~/.local/share/hoi-nghi on Linux'],
    [
      'tests/core/dispatcher.test.ts',
      "const SECRET = 'SQLITE_IOERR at /home/someone/private/hoi-nghi.sqlite';",
    ],
  ])('lets %s: %s through', (file, text) => {
    expect(find(file, text)).toEqual([]);
  });
});

describe('the repository stands alone', () => {
  it('no file that tests, builds or runs the app reaches outside the repository', () => {
    const files = scannedFiles();
    // The scan must see the test folders themselves, or it proves nothing.
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(join(ROOT, 'tests', 'imports', 'read-grid.test.ts'));
    expect(files).toContain(join(ROOT, '.ci', 'run'));

    const problems: string[] = [];
    for (const file of files) {
      // This file spells out the patterns it looks for, in its own examples.
      if (resolve(file) === resolve(__filename)) continue;
      const bytes = readFileSync(file);
      if (bytes.includes(0)) continue; // binary: a workbook, a font, an image
      const name = relative(ROOT, file);
      for (const finding of findOutsidePaths(ROOT, name, bytes.toString('utf8'))) {
        problems.push(`${name}:${finding.line} ${finding.why}: ${finding.text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the fixtures the tests read are in the repository', () => {
    expect(exists(join(ROOT, 'tests', 'fixtures', 'ky-anh-2021-danh-sach-khen-thuong.xlsx'))).toBe(true);
    const seeds = readdirSync(join(ROOT, 'tests', 'fixtures', 'seeds')).filter((name) =>
      name.endsWith('.txt'),
    );
    expect(seeds).toHaveLength(5);
  });
});
