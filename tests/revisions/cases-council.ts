import type { StaleCase } from './case';

export const COUNCIL_CASES: StaleCase[] = [];
