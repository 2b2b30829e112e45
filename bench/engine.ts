import { rmSync } from 'node:fs';
import { sql, type Insertable } from 'kysely';
import { createCore, type Core, type CoreOptions } from '../src/main/app/create-core';
import { rawSqlite, type Store } from '../src/main/db/open';
import type { Database } from '../src/main/db/schema';
import { createTestDatabase, databaseUrl, dropTestDatabase, prepareTemplate } from '../tests/pg/databases';
import { startTestPostgres, type TestPostgres } from '../tests/pg/server';

/**
 * The engine the core-level benchmarks run on: `HOI_NGHI_BENCH_ENGINE=postgres` puts every
 * benchmark's core on one PostgreSQL server started for the run (the test suite's embedded
 * server, or the one `DATABASE_URL` names), each data folder on a fresh database of its own.
 * SQLite, a file in the data folder, is the default.
 */
export type BenchEngine = 'sqlite' | 'postgres';

export function benchEngine(): BenchEngine {
  const raw = process.env.HOI_NGHI_BENCH_ENGINE;
  if (raw === undefined || raw === '' || raw === 'sqlite') return 'sqlite';
  if (raw === 'postgres') return 'postgres';
  throw new Error(`HOI_NGHI_BENCH_ENGINE must be "sqlite" or "postgres", not "${raw}"`);
}

let server: TestPostgres | null = null;
/** Data folder → its database on the server, so that a folder opened again finds its data. */
const databases = new Map<string, string>();

/** Starts the run's server (PostgreSQL only) and migrates the template every database copies. */
export async function startBenchEngine(): Promise<void> {
  if (benchEngine() !== 'postgres' || server) return;
  server = await startTestPostgres();
  await prepareTemplate(server.url);
}

export async function stopBenchEngine(): Promise<void> {
  const running = server;
  server = null;
  if (!running) return;
  for (const name of databases.values()) await dropTestDatabase(running.url, name);
  databases.clear();
  await running.stop();
}

/** The PostgreSQL URL of a data folder's database (created on first use); undefined on SQLite. */
export async function benchDatabaseUrl(dataDir: string): Promise<string | undefined> {
  if (benchEngine() !== 'postgres') return undefined;
  if (!server) throw new Error('The PostgreSQL server of the run is not started (startBenchEngine).');
  let name = databases.get(dataDir);
  if (name === undefined) {
    name = await createTestDatabase(server.url, dataDir);
    databases.set(dataDir, name);
  }
  return databaseUrl(server.url, name);
}

/** A core over `dataDir` on the run's engine. */
export async function benchCore(options: CoreOptions): Promise<Core> {
  const url = await benchDatabaseUrl(options.dataDir);
  return createCore({ ...options, ...(url === undefined ? {} : { databaseUrl: url }) });
}

/** Removes a data folder and, on PostgreSQL, its database (its cores closed first). */
export async function removeBenchData(dataDir: string): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  const name = databases.get(dataDir);
  if (name === undefined || !server) return;
  databases.delete(dataDir);
  await dropTestDatabase(server.url, name);
}

/** Rows per multi-row INSERT on PostgreSQL: a few thousand bound values, far under its limit. */
const SERVER_BATCH = 1000;

/**
 * Seeds rows as fast as the engine takes them, in one transaction (setups, never measured): a
 * prepared statement run per row on SQLite, multi-row INSERTs on PostgreSQL. The rows must all
 * have the same columns.
 */
export async function insertRows<T extends keyof Database & string>(
  store: Store,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  if (store.engine === 'postgres') {
    await store.db.transaction().execute(async (trx) => {
      for (let start = 0; start < rows.length; start += SERVER_BATCH) {
        // Kysely's types cannot follow a table chosen by a type parameter.
        await trx
          .insertInto(table)
          .values(rows.slice(start, start + SERVER_BATCH) as never)
          .execute();
      }
    });
    return;
  }
  const columns = Object.keys(first);
  const sqlite = rawSqlite(store);
  const insert = sqlite.prepare(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  sqlite.transaction(() => {
    for (const row of rows) insert.run(columns.map((c) => (row as Record<string, unknown>)[c]));
  })();
}

/**
 * After seeding nominees with insertRows (and none through the app): SQLite's go into its trigram
 * table, as the app indexes what it writes itself; a server gathers the planner's statistics,
 * as its autovacuum would soon after.
 */
export async function finishSeeding(store: Store): Promise<void> {
  if (store.engine === 'postgres') {
    await sql`analyze`.execute(store.db);
    return;
  }
  rawSqlite(store).exec(
    'insert into nominee_search (rowid, search_folded) select id, search_folded from nominees',
  );
}
