import type { StaleCase } from './case';

export const AWARDS_CASES: StaleCase[] = [];
