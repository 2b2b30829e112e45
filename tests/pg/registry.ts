/**
 * Which test database each data folder was given on the PostgreSQL run (useCores), so that a
 * test that names a folder's database file reads that folder's database instead.
 */
const byFolder = new Map<string, string>();

export function rememberPostgresDatabase(dataDir: string, url: string): void {
  byFolder.set(dataDir, url);
}

export function forgetPostgresDatabase(dataDir: string): void {
  byFolder.delete(dataDir);
}

export function postgresDatabaseOf(dataDir: string): string | undefined {
  return byFolder.get(dataDir);
}
