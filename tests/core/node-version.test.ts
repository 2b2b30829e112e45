import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isNodeRecentEnough,
  MIN_NODE_VERSION,
  nodeVersionProblem,
  oldNodeMessage,
} from '../../src/main/node-version';

const ROOT = resolve(__dirname, '../..');

/** The preinstall checker, plain CommonJS for old Node. */
const checkNode = createRequire(__filename)(resolve(ROOT, 'scripts/check-node.cjs')) as {
  REQUIRED: number[];
  isRecentEnough: (version: string) => boolean;
  message: (version: string) => string;
};

const VERSIONS: [string, boolean][] = [
  ['22.22.0', true],
  ['v22.22.0', true],
  ['22.22.1', true],
  ['22.23.3', true],
  ['23.0.0', true],
  ['24.11.1', true],
  ['100.0.0', true],
  ['22.21.9', false],
  ['22.12.0', false],
  ['22.2.0', false],
  ['v20.20.2', false],
  ['20.99.0', false],
  ['18.20.8', false],
  ['0.10.48', false],
  ['22.22.0-nightly20260101', true],
];

describe('the Node version check', () => {
  it.each(VERSIONS)('%s is recent enough: %s', (version, expected) => {
    expect(isNodeRecentEnough(version)).toBe(expected);
    // The preinstall script, written separately for old Node, agrees.
    expect(checkNode.isRecentEnough(version)).toBe(expected);
  });

  it('compares numbers, not text', () => {
    expect(isNodeRecentEnough('22.9.0', '22.12.0')).toBe(false);
    expect(isNodeRecentEnough('22.100.0', '22.12.0')).toBe(true);
    expect(isNodeRecentEnough('22.12.3', '22.12.10')).toBe(false);
  });

  it('says in Vietnamese, then English, what to install', () => {
    const [vi, en, ...rest] = oldNodeMessage('v20.20.2').split('\n');
    expect(rest).toEqual([]);
    expect(vi).toContain('cần Node.js 22.22 trở lên, máy đang chạy v20.20.2');
    expect(en).toContain('needs Node.js 22.22 or newer, this is v20.20.2');
    for (const line of [vi, en]) {
      expect(line).toContain('https://nodejs.org');
      expect(line).toContain('nvm install');
      expect(line).toContain('.nvmrc');
    }
  });

  it('the shells get the message for an old Node and nothing for this one', () => {
    expect(nodeVersionProblem('20.20.2')).toBe(oldNodeMessage('v20.20.2'));
    expect(nodeVersionProblem(process.versions.node)).toBeNull();
  });

  it('the preinstall script prints the same words', () => {
    expect(checkNode.message('v20.20.2')).toBe(oldNodeMessage('v20.20.2'));
  });

  it('package.json, .npmrc, .nvmrc and .ci/run ask for the same Node', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      scripts: Record<string, string>;
    };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_VERSION}`);
    expect(checkNode.REQUIRED.join('.')).toBe(MIN_NODE_VERSION.replace(/\.0$/, ''));
    expect(pkg.scripts.preinstall).toBe('node scripts/check-node.cjs');
    expect(readFileSync(resolve(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
    const [major, minor] = MIN_NODE_VERSION.split('.');
    expect(readFileSync(resolve(ROOT, '.nvmrc'), 'utf8').trim()).toBe(major);
    expect(readFileSync(resolve(ROOT, '.ci/run'), 'utf8')).toContain(
      `a > ${major} || (a === ${major} && b >= ${minor})`,
    );
  });
});

describe('the entries check before they load the app', () => {
  /** Static imports hoist above any check, so an entry may import only these light modules. */
  const LIGHT = new Set([
    'node:module',
    'node:path',
    'node:url',
    '../node-version',
    './node-version',
    './cli',
  ]);

  it.each([
    ['src/main/index.ts', './electron/desktop'],
    ['src/main/host/index.ts', './main-host'],
  ])('%s loads %s only after the version check', (entry, app) => {
    const source = readFileSync(resolve(ROOT, entry), 'utf8');
    const statics = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
    expect(statics.filter((name) => !LIGHT.has(name ?? ''))).toEqual([]);
    const check = source.indexOf('nodeVersionProblem()');
    const load = source.indexOf(`import('${app}')`);
    expect(check).toBeGreaterThan(0);
    expect(load).toBeGreaterThan(check);
  });
});
