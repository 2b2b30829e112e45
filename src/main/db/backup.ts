import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { readManifest, writeManifest } from './backup-manifest';

/** "2026-11-21_21-30-05-123": sortable, and legal in Windows file names. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace('T', '_').replace(/:/g, '-').replace('.', '-').replace('Z', '');
}

/**
 * Takes a consistent copy with SQLite's online backup (never a copy of the live file), lists it
 * in the folder's manifest, then keeps only the newest `keep` copies of the same reason among
 * those the manifest lists: a file that merely looks like one is never deleted.
 */
export async function backupDatabase(
  sqlite: BetterSqlite3.Database,
  databasePath: string,
  backupsDir: string,
  reason: string,
  keep: number,
  now: Date = new Date(),
): Promise<string> {
  mkdirSync(backupsDir, { recursive: true });
  const stem = basename(databasePath, extname(databasePath));
  const prefix = `${stem}-${reason}-`;
  const target = join(backupsDir, `${prefix}${backupStamp(now)}.sqlite`);
  await sqlite.backup(target);
  const listed = readManifest(backupsDir) ?? new Set<string>();
  listed.add(basename(target));
  const copies = readdirSync(backupsDir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite') && listed.has(name))
    .sort();
  const removed = copies.slice(0, Math.max(0, copies.length - keep));
  for (const old of removed) {
    rmSync(join(backupsDir, old), { force: true });
    listed.delete(old);
  }
  writeManifest(backupsDir, listed);
  return target;
}
