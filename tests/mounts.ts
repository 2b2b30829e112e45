import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Small file systems for the tests of a full or read-only disk. Mounting needs root (or the
 * capability); where it is refused the tests that need it do not run and say so on the console.
 */

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Mounts a tmpfs of `size` (e.g. "30m") on `dir`; false when mounting is not allowed here. */
export function mountTmpfs(dir: string, size: string): boolean {
  return run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
}

/** Makes a mounted `dir` read-only (a remount, which holds even for root). */
export function remountReadOnly(dir: string): boolean {
  return run('mount', ['-o', 'remount,ro', dir]);
}

export function unmount(dir: string): void {
  run('umount', [dir]);
}

/** Whether this process may mount a tmpfs and remount it read-only: tried once, on a scratch folder. */
export function canMountHere(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-mount-probe-'));
  try {
    if (!mountTmpfs(dir, '1m')) return false;
    const readOnly = remountReadOnly(dir);
    unmount(dir);
    return readOnly;
  } finally {
    rmdirSync(dir);
  }
}
