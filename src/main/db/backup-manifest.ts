import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The list, kept in each backups folder, of the copies the app wrote there. Rotation deletes
 * only what this list names: a folder the user chose may hold files that merely look like
 * backups (copied from another laptop, kept on purpose), and those are never the app's to delete.
 */
export const MANIFEST_FILE = 'hoi-nghi-backups.json';

interface Manifest {
  app: 'hoi-nghi';
  version: 1;
  files: string[];
}

/** The names listed, or null when the folder has no manifest yet. A damaged one lists nothing. */
export function readManifest(folder: string): Set<string> | null {
  const path = join(folder, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    const files = Array.isArray(parsed.files) ? parsed.files : [];
    return new Set(files.filter((name): name is string => typeof name === 'string'));
  } catch {
    return new Set();
  }
}

/** Writes under a temporary name then renames, so a crash never leaves half a list. */
export function writeManifest(folder: string, names: Iterable<string>): void {
  const manifest: Manifest = { app: 'hoi-nghi', version: 1, files: [...new Set(names)].sort() };
  const path = join(folder, MANIFEST_FILE);
  const temp = `${path}.dang-ghi`;
  try {
    writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}
