import { formatRegisterNumber, type NumberPattern } from '../../shared/register-number';

// The formatting is shared with the screen; what lives here is the order and the allocation.
export { formatRegisterNumber, type NumberPattern };

/** What an award needs to be put in certificate order. */
export interface Orderable {
  /** award_forms.rank: higher forms are listed, numbered and handed out first. */
  rank: number;
  /** The nominee's list order (its id: the order they were entered or imported). */
  order: number;
}

/** Highest form first, then list order; a new array, the input is left as it was. */
export function inCertificateOrder<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.rank - a.rank || a.order - b.order);
}

/**
 * Numbers `count` awards from a register whose next number is `next`: the running numbers in
 * order, and the register's next number afterwards. Numbers only go up, so none comes back.
 */
export function allocateNumbers(
  pattern: NumberPattern,
  next: number,
  count: number,
): { numbers: { seq: number; text: string }[]; nextNumber: number } {
  const numbers = Array.from({ length: count }, (_, i) => ({
    seq: next + i,
    text: formatRegisterNumber(pattern, next + i),
  }));
  return { numbers, nextNumber: next + count };
}
