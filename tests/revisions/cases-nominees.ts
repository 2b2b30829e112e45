import type { StaleCase } from './case';

export const NOMINEES_CASES: StaleCase[] = [];
