import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { TEST_ENGINE } from './engine';
import { forgetPostgresDatabase, rememberPostgresDatabase } from './pg/registry';
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

export { TEST_ENGINE } from './engine';
export { countRows, snapshotDatabase } from './db-access';

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
    for (const dataDir of databases.keys()) forgetPostgresDatabase(dataDir);
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
      rememberPostgresDatabase(options.dataDir, databaseUrl);
    }
    const core = await createCore({
      // HOI_NGHI_TEST_LOG=1 prints what the core reports as unexpected (an INTERNAL answer's cause).
      log: process.env.HOI_NGHI_TEST_LOG
        ? (message, error) => console.error(message, error)
        : () => undefined,
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
