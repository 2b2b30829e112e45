import type { StaleCase } from './case';

export const CONFERENCES_CASES: StaleCase[] = [];
