import type { StaleCase } from './case';

export const POLLS_CASES: StaleCase[] = [];
