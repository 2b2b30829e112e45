import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** The part of a GitHub Actions workflow these checks read. */
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  'runs-on': string;
  steps: Step[];
}
interface Workflow {
  jobs: Record<string, Job>;
}

const ROOT = resolve(__dirname, '../..');
const workflow = load(readFileSync(resolve(ROOT, '.github/workflows/desktop.yml'), 'utf8')) as Workflow;
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/** npm's own commands; any other word after `npm` must be a script of package.json. */
const NPM_COMMANDS = new Set(['ci', 'install', 'exec', 'pack', 'rebuild']);
/** Scripts npm runs without `run`. */
const SCRIPT_SHORTHANDS = new Set(['test', 'start', 'stop', 'restart']);

/** The scripts that `npm run X`, `npm test` and the like ask for in one `run:` block. */
function scriptsNamed(run: string): { scripts: string[]; unknown: string[] } {
  const scripts: string[] = [];
  const unknown: string[] = [];
  for (const match of run.matchAll(/(?<![\w-])npm\s+(?:run(?:-script)?\s+([\w:.-]+)|([\w-]+))/g)) {
    const [, script, command] = match;
    if (script) scripts.push(script);
    else if (command && SCRIPT_SHORTHANDS.has(command)) scripts.push(command);
    else if (command && !NPM_COMMANDS.has(command)) unknown.push(command);
  }
  return { scripts, unknown };
}

const job = (name: string): Job => {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`no job "${name}" in desktop.yml`);
  return found;
};
const runs = (name: string): string[] => job(name).steps.flatMap((step) => (step.run ? [step.run] : []));
const indexOf = (name: string, pattern: RegExp): number => runs(name).findIndex((run) => pattern.test(run));

describe('reading npm commands', () => {
  it.each([
    ['npm ci', [], []],
    ['npm run lint', ['lint'], []],
    ['npm run test:unit && npm test', ['test:unit', 'test'], []],
    ['xvfb-run --auto-servernum npm run build', ['build'], []],
    ['npm frobnicate', [], ['frobnicate']],
    ['npx playwright test --project electron', [], []],
  ])('%s', (run, scripts, unknown) => {
    expect(scriptsNamed(run)).toEqual({ scripts, unknown });
  });
});

describe('the desktop build workflow', () => {
  it('has a Windows job and a Linux job', () => {
    expect(job('windows')['runs-on']).toBe('windows-latest');
    expect(job('linux')['runs-on']).toBe('ubuntu-latest');
  });

  it.each(Object.keys(workflow.jobs))('%s: every npm script it runs exists in package.json', (name) => {
    const named = runs(name).map(scriptsNamed);
    expect(named.flatMap((n) => n.unknown)).toEqual([]);
    const scripts = named.flatMap((n) => n.scripts);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(Object.keys(pkg.scripts), script).toContain(script);
  });

  it.each(Object.keys(workflow.jobs))('%s: Node from .nvmrc, npm ci, then the Electron binary', (name) => {
    const setup = job(name).steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    const install = indexOf(name, /^npm ci\b/);
    const electron = indexOf(name, /node_modules\/electron\/install\.js/);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(electron).toBeGreaterThan(install);
    expect(indexOf(name, /playwright test --project electron/)).toBeGreaterThan(electron);
  });

  it('Windows: lint, type check, unit tests, the installer, then the smoke test on it', () => {
    const order = [
      /^npm run lint$/,
      /^npm run typecheck$/,
      /^npm run test:unit$/,
      /^npm run dist:win$/,
      /^npx playwright test --project electron$/,
    ].map((pattern) => indexOf('windows', pattern));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('Linux: builds, then opens the window on a virtual display', () => {
    const build = indexOf('linux', /^npm run build$/);
    const smoke = indexOf('linux', /^xvfb-run .*npx playwright test --project electron$/);
    expect(build).toBeGreaterThanOrEqual(0);
    expect(smoke).toBeGreaterThan(build);
  });

  it.each(Object.keys(workflow.jobs))('%s: uploads an artifact', (name) => {
    const uploads = job(name).steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.length).toBeGreaterThan(0);
    for (const upload of uploads) expect(upload.with?.path).toBeTruthy();
  });

  it('Windows: the installer is the artifact, and a missing one fails the job', () => {
    const upload = job('windows').steps.find(
      (step) => step.uses?.startsWith('actions/upload-artifact@') && String(step.with?.path).includes('.exe'),
    );
    expect(upload?.with).toMatchObject({ path: 'release/**/*.exe', 'if-no-files-found': 'error' });
    expect(upload?.if).toBeUndefined();
  });

  it('the smoke test must run there, not report that it was skipped', () => {
    const text = readFileSync(resolve(ROOT, '.github/workflows/desktop.yml'), 'utf8');
    expect(text).toMatch(/HOI_NGHI_REQUIRE_ELECTRON: '1'/);
    const spec = readFileSync(resolve(ROOT, 'e2e/electron/smoke.spec.ts'), 'utf8');
    expect(spec).toContain("process.env.HOI_NGHI_REQUIRE_ELECTRON === '1'");
    expect(readFileSync(resolve(ROOT, 'playwright.config.ts'), 'utf8')).toMatch(/name: 'electron'/);
  });
});
