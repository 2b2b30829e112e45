import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every statement it runs. Preparing is not free: an insert into
 * a table with triggers, indexes and foreign keys compiles all of them, which costs more than
 * running it. Keeping the most recent statements by their SQL text lets a loop of inserts (an
 * archive import, a batch of votes) prepare once, as hand-written driver code would.
 */
export function cachingStatements(sqlite: BetterSqlite3.Database, size = 200): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const cached = cache.get(sql);
      // A statement still being iterated (a stream in progress) cannot run again meanwhile.
      if (cached && !cached.busy) {
        // Most recent last, so the first key is always the one to drop.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
