/**
 * Register numbers (số sổ vàng): "<prefix><running number, zero-padded><suffix>", e.g. "125/KT".
 * Shared so the screen shows exactly the text the core stores and the certificate prints.
 */

export interface NumberPattern {
  prefix: string;
  suffix: string;
  /** Digits of the running number; 0 (or fewer digits than the number has) writes it as is. */
  padding: number;
}

export function formatRegisterNumber(pattern: NumberPattern, seq: number): string {
  const digits = String(seq);
  const padded = pattern.padding > digits.length ? digits.padStart(pattern.padding, '0') : digits;
  return `${pattern.prefix}${padded}${pattern.suffix}`;
}
