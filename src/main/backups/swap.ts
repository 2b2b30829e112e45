import { existsSync, renameSync } from 'node:fs';
import type { Store } from '../db/open';
import { removeDatabaseFile } from './take';

const SIDECARS = ['', '-wal', '-shm'];

function moveDatabaseFile(from: string, to: string): void {
  removeDatabaseFile(to);
  for (const suffix of SIDECARS) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}

/**
 * Puts a staged database in place of the live one and opens it. The previous file is kept aside
 * until the new one has opened (migrated and checked); if anything fails it goes back, so the app
 * is never left without a usable database. The caller reopens the live path after a failure.
 * The staged file opens as restored: every record gets a revision above any handed out before.
 */
export async function swapDatabaseFile(
  current: Store,
  stagedPath: string,
  open: (path: string, restored: boolean) => Promise<Store>,
): Promise<Store> {
  const livePath = current.path;
  const previous = `${livePath}.truoc-khoi-phuc`;
  // What the live file has handed out is written down before it goes: the restored file's ids,
  // register numbers and revisions are raised above it when it opens. A damaged live file may
  // not be readable: the marks of its last backup or close are kept then.
  try {
    current.file?.recordMarks();
  } catch {
    // Restoring is how a damaged file is replaced; it must not depend on reading it.
  }
  await current.close();
  moveDatabaseFile(livePath, previous);
  try {
    // The staged copy has no journal of its own; anything named after the live file is stale.
    removeDatabaseFile(livePath);
    renameSync(stagedPath, livePath);
    const store = await open(livePath, true);
    removeDatabaseFile(previous);
    return store;
  } catch (error) {
    moveDatabaseFile(previous, livePath);
    throw error;
  }
}
