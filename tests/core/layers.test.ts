import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerFiles, handlerMethodLengths } from '../../scripts/handler-lengths';

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'src/main');

/** The relative module paths a source file imports or re-exports, statically or not. */
function relativeImports(source: string): string[] {
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
  return [...source.matchAll(pattern)].map((match) => match[2] ?? '');
}

/** Where an import lands, relative to the repository (`src/main/db/open`). */
function landing(file: string, specifier: string): string {
  return relative(ROOT, resolve(dirname(file), specifier))
    .split('\\')
    .join('/');
}

/**
 * The kernel (`src/main/core/`) is what every domain imports: the dispatcher, the context, errors
 * and events. It may lean on the store and the shared contract, never on a domain, or the domains
 * would import each other through it; the composition root that knows every domain is `src/main/app/`.
 */
const KERNEL_MAY_IMPORT = ['src/main/core/', 'src/main/db/', 'src/main/jobs/', 'src/shared/'];

describe('the kernel', () => {
  it('finds imports the way the check below reads them', () => {
    const sample = [
      "import type { Store } from '../db/open';",
      "import { awardHandlers } from '../awards/handlers';",
      "export { x } from './event-bus';",
      "const m = await import('../voting/tally');",
      "import 'node:fs';",
    ].join('\n');
    const file = join(MAIN, 'core/sample.ts');
    expect(relativeImports(sample).map((spec) => landing(file, spec))).toEqual([
      'src/main/db/open',
      'src/main/awards/handlers',
      'src/main/core/event-bus',
      'src/main/voting/tally',
    ]);
  });

  it('imports no domain folder', () => {
    const kernel = join(MAIN, 'core');
    const files = readdirSync(kernel).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    const reaches: string[] = [];
    for (const name of files) {
      const file = join(kernel, name);
      for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
        const target = landing(file, specifier);
        if (!KERNEL_MAY_IMPORT.some((allowed) => target.startsWith(allowed))) {
          reaches.push(`core/${name} → ${target}`);
        }
      }
    }
    expect(reaches).toEqual([]);
  });
});

const SQL_BUILDER = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;

describe('handlers', () => {
  it('finds SQL the way the check below reads it', () => {
    expect(SQL_BUILDER.test("await db.selectFrom('polls').selectAll()")).toBe(true);
    expect(SQL_BUILDER.test("trx\n  .updateTable('nominees')")).toBe(true);
    expect(SQL_BUILDER.test('const n = sql`count(*)`;')).toBe(true);
    expect(SQL_BUILDER.test('return listPolls(db, conferenceId);')).toBe(false);
  });

  // Handlers validate, call and answer; queries are the only place that writes SQL.
  it('hold no SQL', () => {
    const files = handlerFiles(MAIN);
    expect(files.length).toBeGreaterThan(15);
    const withSql = files
      .filter((file) => SQL_BUILDER.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file).split('\\').join('/'));
    expect(withSql).toEqual([]);
  });
});

/**
 * A handler checks, calls and answers, which fits in ten lines; longer bodies belong in a named
 * service function of the domain. `npx tsx scripts/handler-lengths.ts 10` lists the longest.
 */
const HANDLER_MAX_LINES = 10;

describe('handler methods', () => {
  it('are measured from their name to the end of their body', () => {
    const sample = [
      'export function h(ctx: Ctx): H {',
      '  const helper = (x: number) => {',
      '    return x;',
      '  };',
      '  return {',
      "    'a.short': (input) => run(ctx, input),",
      "    'a.long': async ({ id }) => {",
      '      await ready();',
      '      return read(id);',
      '    },',
      '    notAMethod: () => 1,',
      '  };',
      '}',
    ].join('\n');
    expect(handlerMethodLengths(sample)).toEqual([
      { method: 'a.short', lines: 1 },
      { method: 'a.long', lines: 4 },
    ]);
  });

  it(`are at most ${HANDLER_MAX_LINES} lines each`, () => {
    const methods = handlerFiles(MAIN).flatMap((file) =>
      handlerMethodLengths(readFileSync(file, 'utf8'), file).map((m) => ({
        ...m,
        file: relative(ROOT, file).split('\\').join('/'),
      })),
    );
    expect(methods.length).toBeGreaterThan(100);
    const tooLong = methods
      .filter((m) => m.lines > HANDLER_MAX_LINES)
      .map((m) => `${m.method} (${m.file}): ${m.lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
