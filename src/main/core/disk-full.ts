import { errorMessages } from '../../shared/messages';
import { AppError } from './app-error';

/**
 * A full disk is not a bug: SQLite says SQLITE_FULL, Node's file writes say ENOSPC, and either
 * may sit under another error (a failed job, a wrapped cause). Recognised in one place so that
 * the database, the exports and the backups all answer DISK_FULL with the same message.
 */
export function isDiskFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code } = current as { code?: unknown };
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
    if (current instanceof AggregateError && current.errors.some(isDiskFull)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export const diskFull = (): AppError => new AppError('DISK_FULL', errorMessages.vi.DISK_FULL);
