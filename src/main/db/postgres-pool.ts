import type { Pool } from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema';

// pg returns 64-bit integers (count(*), sum of integers) and numerics as strings, since they may
// not fit a JavaScript number. The app's counts and đồng amounts stay far below 2^53.
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Settings every session of the app starts with. The planner's default weighs a random read at
 * four sequential ones, as on a spinning disk; an office's database (tens of conferences, a few
 * hundred megabytes) stays in the server's memory, where PostgreSQL's own guidance is to bring it
 * near 1. With the default, a search matching a few thousand nominees was read by scanning all
 * 100,000 rows (75 ms) instead of through the trigram index (4 ms), whenever the index's pending
 * entries (fresh inserts) made the index look dearer. Set per session, so the server's other
 * databases keep theirs.
 */
const SESSION_OPTIONS = '-c random_page_cost=1.1';

/**
 * A pool on the server; every connection the app opens on PostgreSQL comes from here. The
 * driver loads with the first query, so a laptop on SQLite never loads it.
 */
export function postgresKysely(url: string, poolSize = 10): Kysely<Database> {
  const pool = async (): Promise<Pool> => {
    const { default: pg } = await import('pg');
    const getTypeParser = ((oid: number, format?: 'text') =>
      oid === INT8 || oid === NUMERIC
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;
    const created = new pg.Pool({
      connectionString: url,
      max: poolSize,
      types: { getTypeParser },
      options: SESSION_OPTIONS,
    });
    // An idle connection the server drops (a restart) must not bring the process down.
    created.on('error', () => undefined);
    return created;
  };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
