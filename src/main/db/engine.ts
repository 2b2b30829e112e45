import { PostgresAdapter } from 'kysely';

/**
 * The two database engines behind the store: a SQLite file on the laptop (the default), or a
 * PostgreSQL server for an office where several people work at once. Domains never ask which;
 * the few helpers of this folder whose SQL differs (search, id lists, bulk writes) do.
 */
export type Engine = 'sqlite' | 'postgres';

/**
 * The engine behind a connection or a transaction. A transaction object is not the Kysely
 * instance it came from, so a registry would miss it; its executor's adapter is the same.
 */
/** Any connection or transaction, whatever its tables: all that is asked of it is its engine. */
export interface Connection {
  getExecutor(): { readonly adapter: unknown };
}

export function engineOf(db: Connection): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A PostgreSQL connection string (`postgres://…` or `postgresql://…`), not a file path. */
export function isDatabaseUrl(address: string): boolean {
  return /^postgres(ql)?:\/\//i.test(address);
}

/** The URL as it may be shown or logged: without its password. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
