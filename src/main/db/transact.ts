import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../core/app-error';
import { engineOf } from './engine';

/**
 * Attempts before a write that keeps colliding with others is refused. Writes that check the
 * same rows (numbers in one conference, one register) go one at a time: with twenty at once
 * the last may lose a dozen times before its turn comes.
 */
const ATTEMPTS = 16;

/** The longest pause between two attempts. */
const MAX_PAUSE_MS = 400;

/** PostgreSQL's answers when a transaction lost a race: run it again and it may pass. */
const RETRYABLE = new Set(['40001', '40P01']);

function lostRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one transaction: all of it is written, or none.
 *
 * On SQLite one connection writes at a time, so a check made inside the transaction still holds
 * when it writes. On PostgreSQL several people write at once, through several processes: the
 * transaction is SERIALIZABLE, so the server refuses whichever of two overlapping check-then-
 * writes would break that (two desks checking in one delegate, two windows numbering one
 * register), and the loser runs again from the start, seeing what the winner wrote. `work` must
 * therefore do nothing outside the database that cannot be done twice.
 */
export async function transact<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (engineOf(db) !== 'postgres') return db.transaction().execute(work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel('serializable').execute(work);
    } catch (error) {
      if (!lostRace(error)) throw error;
      if (attempt >= ATTEMPTS) {
        throw new AppError(
          'CONFLICT',
          'Nhiều người đang cùng sửa dữ liệu này; thao tác chưa được ghi. Hãy thử lại.',
        );
      }
      // Spread out, wider after each loss, so that the same ones do not collide again at once.
      await pause(Math.random() * Math.min(MAX_PAUSE_MS, 5 * 2 ** attempt));
    }
  }
}
