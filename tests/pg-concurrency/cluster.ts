import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src/main/app/create-core';
import { startTestPostgres, type TestPostgres } from '../pg/server';
import { createTestDatabase, databaseUrl, dropTestDatabase, prepareTemplate } from '../pg/databases';

/** `count` cores, typed as a tuple so that a test can name each. */
export type Cores<N extends number, T extends Core[] = []> = T['length'] extends N
  ? T
  : Cores<N, [...T, Core]>;

/**
 * Several server processes on one PostgreSQL database, as an office runs them: each core has a
 * data folder of its own and the same server URL. One test server for the file (the one
 * DATABASE_URL names, else an embedded one), a database of its own for each test.
 */
export function useCluster(): {
  open<N extends number>(count: N, options?: Partial<CoreOptions>): Promise<Cores<N>>;
  /** Another core on the database of the last `open`. */
  join(options?: Partial<CoreOptions>): Promise<Core>;
  url(): string;
} {
  let server: TestPostgres | null = null;
  let current = '';
  const cores: Core[] = [];
  const folders: string[] = [];
  const databases: string[] = [];

  beforeAll(async () => {
    server = await startTestPostgres();
    await prepareTemplate(server.url);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(cores.splice(0).map((core) => core.close()));
    for (const name of databases.splice(0)) if (server) await dropTestDatabase(server.url, name);
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  const join = async (options: Partial<CoreOptions> = {}): Promise<Core> => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'hoi-nghi-cluster-'));
    folders.push(dataDir);
    const core = await createCore({
      log: () => undefined,
      ...options,
      dataDir,
      databaseUrl: current,
      postgres: { poolSize: 4, ...options.postgres },
    });
    cores.push(core);
    return core;
  };

  return {
    async open(count, options) {
      if (!server) throw new Error('the test server did not start');
      const name = await createTestDatabase(server.url);
      databases.push(name);
      current = databaseUrl(server.url, name);
      const opened: Core[] = [];
      for (let i = 0; i < count; i++) opened.push(await join(options));
      return opened as Cores<typeof count>;
    },
    join,
    url: () => current,
  };
}
