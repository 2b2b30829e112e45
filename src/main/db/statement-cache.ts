import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const NOTHING_TO_ROLL_BACK: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

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
      // SQLite rolls a transaction back itself on some failures (SQLITE_FULL, SQLITE_IOERR…);
      // Kysely's rollback that follows would then fail with "no transaction is active" and be
      // thrown in place of the reason. With no transaction left, that rollback has nothing to do.
      if (!sqlite.inTransaction && /^\s*rollback\s*;?\s*$/i.test(sql)) return NOTHING_TO_ROLL_BACK;
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
