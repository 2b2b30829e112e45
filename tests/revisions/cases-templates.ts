import type { StaleCase } from './case';

export const TEMPLATES_CASES: StaleCase[] = [];
