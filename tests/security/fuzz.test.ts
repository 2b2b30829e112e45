import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCore, type Core } from '../../src/main/app/create-core';
import { contract, type MethodName } from '../../src/shared/api/contract';
import { seedWorld } from '../audit/seed';
import { call } from '../helpers';

/**
 * Hostile input on every method of the contract: whatever comes in, the answer is a typed
 * refusal or a result, never INTERNAL, and never slow. Each method gets a plausible input built
 * from its schema (so that the call reaches its handler), then that input with one field at a
 * time replaced by something wrong, and a few wrong inputs as a whole.
 */

const LIMIT_MS = 5000;
const HUGE = 'x'.repeat(1 << 20);
const MISSING_ID = 987_654;

type Json = Record<string, unknown>;

/** A value the schema accepts as far as its JSON shape goes (ids point at seeded rows). */
function sample(schema: Json | undefined, id: number, key = ''): unknown {
  if (!schema) return undefined;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options) return sample(options.find((o) => o.type !== 'null') ?? options[0], id, key);
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, sample(v, id, k)]));
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      return Array.from({ length: min }, () => sample(schema.items as Json, id));
    }
    case 'string':
      if (schema.format === 'date-time') return '2024-05-19T08:00:00Z';
      if (/date|At$|birth/i.test(key)) return '2024-05-19';
      if (/color/i.test(key)) return '#000000';
      return 'Nguyễn Văn A';
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? Math.max(schema.minimum, id) : id;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

const HOSTILE: [string, unknown][] = [
  ['empty string', ''],
  ['1 MB string', HUGE],
  ['negative', -1],
  ['NaN', Number.NaN],
  ['NUL', 'a\u0000b'],
  ['missing id', MISSING_ID],
  ['null', null],
  ['wrong type', { nested: true }],
  ['array', [HUGE]],
];

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Inputs no schema can guess (a backup's file name, a written file's handle), taken from the seeded core. */
const known: Partial<Record<MethodName, Json>> = {};

function inputsFor(method: MethodName, id: number): [string, unknown][] {
  const schema = z.toJSONSchema(contract[method].input as z.ZodType, {
    io: 'input',
    unrepresentable: 'any',
  }) as Json;
  const base = known[method] ?? sample(schema, id);
  const cases: [string, unknown][] = [
    ['nothing', undefined],
    ['empty object', {}],
    ['plausible', base],
    ...HOSTILE.map(([name, value]): [string, unknown] => [`whole: ${name}`, value]),
  ];
  if (isRecord(base)) {
    for (const [key, inner] of Object.entries(base)) {
      for (const [name, value] of HOSTILE) {
        cases.push([`${key}: ${name}`, { ...base, [key]: value }]);
        // One level down too: a list's first item, an object's fields (a bulk change's `set`).
        if (Array.isArray(inner) && inner.length > 0) {
          cases.push([`${key}[0]: ${name}`, { ...base, [key]: [value, ...inner.slice(1)] }]);
        }
        if (isRecord(inner)) {
          for (const field of Object.keys(inner)) {
            cases.push([`${key}.${field}: ${name}`, { ...base, [key]: { ...inner, [field]: value } }]);
          }
        }
      }
    }
  }
  return cases;
}

describe('hostile input on every method', () => {
  let dir = '';
  let core: Core;
  let conferenceId = 1;
  const logged: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-fuzz-'));
    core = await createCore({
      dataDir: dir,
      log: (message, error) => logged.push(`${message}: ${String(error)}`),
      // No periodic backups in the middle of the calls.
      backups: { schedule: () => () => undefined },
    });
    ({ conferenceId } = await seedWorld(core));
    const { name } = await call(core, 'backups.create', undefined);
    known['backups.inspect'] = { name };
    known['backups.restore'] = { name };
    const { handle } = await call(core, 'audit.export', { conferenceId });
    known['files.open'] = { handle };
    known['files.reveal'] = { handle };
    // A base salary's day has a name the sampler does not read as a date.
    known['salaries.create'] = { effectiveFrom: '2025-07-01', amount: 2_000_000, source: '' };
    const [salary] = await call(core, 'salaries.list', {});
    if (salary) known['salaries.update'] = { ...salary, amount: salary.amount + 1 };
  }, 60_000);
  afterAll(async () => {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never answers INTERNAL and never takes more than 5 s', async () => {
    const problems: string[] = [];
    // Methods whose handler ran at least once: a fuzz that only meets the schema proves little.
    const reached = new Set<string>();
    // Every method, none left out: without a shell the folder pickers refuse (FORBIDDEN) at once.
    const methods = Object.keys(contract) as MethodName[];
    const answers = new Map<string, number>();
    let slowest = 0;
    for (const method of methods) {
      for (const [name, input] of inputsFor(method, conferenceId)) {
        const started = performance.now();
        const result = await core.dispatch(method, input);
        if (result.ok || result.error.code !== 'VALIDATION') reached.add(method);
        const ms = performance.now() - started;
        const answer = result.ok ? 'ok' : result.error.code;
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
        slowest = Math.max(slowest, ms);
        if (!result.ok && result.error.code === 'INTERNAL') problems.push(`${method} (${name}): INTERNAL`);
        if (ms > LIMIT_MS) problems.push(`${method} (${name}): ${Math.round(ms)} ms`);
      }
    }
    const total = [...answers.values()].reduce((a, b) => a + b, 0);
    console.info(
      `fuzz: ${methods.length} methods, ${total} requests, slowest ${Math.round(slowest)} ms; ` +
        [...answers.entries()].map(([answer, n]) => `${answer} ${n}`).join(', '),
    );
    if (problems.length > 0) console.log([...problems, ...logged].join('\n'));
    expect(problems).toEqual([]);
    expect(methods.filter((m) => !reached.has(m))).toEqual([]);
  }, 600_000);
});
