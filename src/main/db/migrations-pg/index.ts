import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import * as baseline from './0014_baseline';
import * as m0015 from './0015_nominees_by_section';

/**
 * The name the PostgreSQL baseline is registered under: SQLite's last migration when it was
 * written. The baseline creates at once the schema SQLite reaches after 0001–0014, and under
 * this name the store's `schemaVersion` (the last migration's name) names the same schema on
 * both engines. Every later change lands as a pair, one migration per engine under one name.
 */
export const PG_BASELINE = '0014_nominee_counts_index';

/**
 * The PostgreSQL migrations, named as SQLite's; a landed one is never edited. A static list,
 * as for SQLite, because a bundled main process cannot read a folder.
 */
export const PG_MIGRATIONS: Readonly<Record<string, Migration>> = {
  [PG_BASELINE]: baseline,
  '0015_nominees_by_section': m0015,
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
  const exists = sql<{ found: string | null }>`select to_regclass('kysely_migration')::text as found`;
  if (!(await exists.execute(db)).rows[0]?.found) return [];
  const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return applied.rows.map((row) => row.name).filter((name) => !names.has(name));
}
