import BetterSqlite3 from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { createTestDatabase, databaseUrl as testDatabaseUrl, dropTestDatabase } from './pg/databases';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/api/contract';
import type { ApiErrorBody } from '../src/shared/api/errors';
import type { ConferenceInput } from '../src/shared/conferences';
import { AppError } from '../src/main/core/app-error';
import { createCore, type Core, type CoreOptions } from '../src/main/app/create-core';

/** A fresh folder under the system temp dir for each test, removed after it (after cores close). */
export function useTempDir(prefix = 'hoi-nghi-test-'): () => string {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** The engine this run of the core's tests is on: the `postgres` vitest project sets it. */
export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.HOI_NGHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * Cores opened by a test, closed after it. Registered after useTempDir so that, with vitest's
 * stacked after-hooks, the cores close before their folder is removed.
 *
 * On the PostgreSQL run each data folder gets a database of its own on the test server, copied
 * from the migrated template: a core opened again on the same folder finds the same data, as
 * it would find the same file.
 */
export function useCores(): (options: CoreOptions) => Promise<Core> {
  const open: Core[] = [];
  const databases = new Map<string, string>();
  afterEach(async () => {
    await Promise.all(open.splice(0).map((core) => core.close()));
    const server = TEST_ENGINE === 'postgres' ? inject('pgUrl') : '';
    await Promise.all([...databases.values()].map((name) => dropTestDatabase(server, name)));
    databases.clear();
  });
  return async (options) => {
    let databaseUrl = options.databaseUrl;
    if (TEST_ENGINE === 'postgres' && databaseUrl === undefined) {
      const server = inject('pgUrl');
      let name = databases.get(options.dataDir);
      if (name === undefined) {
        name = await createTestDatabase(server, `${options.dataDir}:${randomUUID()}`);
        databases.set(options.dataDir, name);
      }
      databaseUrl = testDatabaseUrl(server, name);
    }
    const core = await createCore({
      log: () => undefined,
      ...options,
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
    });
    open.push(core);
    return core;
  };
}

/** Calls the core and fails the test with the error body if the call did not succeed. */
export async function call<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

/** Calls the core expecting a failure, and returns the typed error body. */
export async function callError(core: Core, method: string, input: unknown): Promise<ApiErrorBody> {
  const result = await core.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Awaits a promise that must reject with an AppError, and returns it. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A valid conference input; tests override what they are about. */
export function conferenceInput(overrides: Partial<ConferenceInput> = {}): ConferenceInput {
  return {
    title: 'Hội nghị tổng kết công tác năm 2023',
    kind: 'tong_ket',
    startsAt: '2023-12-20',
    ...overrides,
  };
}

/** Every table, index and row of a database file, for before/after comparisons. */
export function snapshotDatabase(path: string): {
  schema: unknown[];
  rows: Record<string, unknown[]>;
} {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    const schema = sqlite
      .prepare(
        "select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name",
      )
      .all() as { type: string; name: string }[];
    const rows: Record<string, unknown[]> = {};
    for (const { type, name } of schema) {
      // Sorted in JS: some tables (the search index's own) have no rowid to order by.
      if (type === 'table') {
        rows[name] = sqlite
          .prepare(`select * from "${name}"`)
          .all()
          .map((row) =>
            JSON.stringify(row, (_key, value: unknown) =>
              Buffer.isBuffer(value) ? value.toString('hex') : value,
            ),
          )
          .sort();
      }
    }
    return { schema, rows };
  } finally {
    sqlite.close();
  }
}

export function countRows(path: string, table: string): number {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    return (sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/** The bytes of a file the core wrote: results say where it is, never carry its bytes. */
export const writtenBytes = (file: { path: string }): Buffer => readFileSync(file.path);

/** The same as base64, for calls that take a file (archive.import, templates.import). */
export const writtenBase64 = (file: { path: string }): string => readFileSync(file.path).toString('base64');

/**
 * The selection a list would send for these nominees: each id with the revision it has now
 * (ids, or refs as `nominees.ids` gives them).
 */
export async function nomineeItems(
  core: Core,
  ids: readonly (number | { id: number })[],
): Promise<{ id: number; revision: number }[]> {
  const items: { id: number; revision: number }[] = [];
  for (const entry of ids) {
    const id = typeof entry === 'number' ? entry : entry.id;
    items.push({ id, revision: (await call(core, 'nominees.get', { id })).revision });
  }
  return items;
}
