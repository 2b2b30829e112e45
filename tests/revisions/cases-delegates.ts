import type { StaleCase } from './case';

export const DELEGATES_CASES: StaleCase[] = [];
