import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import * as baseline from './0014_baseline';

/**
 * The PostgreSQL migrations, named as SQLite's. The first is a baseline that creates at once the
 * schema SQLite reaches after 0001–0014, under the name of SQLite's last migration: the store's
 * `schemaVersion` (the last migration's name) then names the same schema on both engines. Every
 * later change lands as a pair, one migration per engine under one name, and a landed one is
 * never edited. A static list, as for SQLite, because a bundled main process cannot read a folder.
 */
export const PG_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0014_nominee_counts_index': baseline,
};

/**
 * Names in the database's migration table that `known` does not have: a database a newer
 * version of the app has migrated, which this one must refuse to open rather than misread.
 * Empty for a database never migrated.
 */
export async function unknownMigrations<DB>(
  db: Kysely<DB>,
  known: Readonly<Record<string, Migration>> | readonly string[] = PG_MIGRATIONS,
): Promise<string[]> {
  const names = new Set(Array.isArray(known) ? known : Object.keys(known));
  const table = await sql<{
    found: string | null;
  }>`select to_regclass('kysely_migration')::text as found`.execute(db);
  if (!table.rows[0]?.found) return [];
  const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return applied.rows.map((row) => row.name).filter((name) => !names.has(name));
}
