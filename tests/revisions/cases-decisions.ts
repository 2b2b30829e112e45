import type { StaleCase } from './case';

export const DECISIONS_CASES: StaleCase[] = [];
