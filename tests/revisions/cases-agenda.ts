import type { StaleCase } from './case';

export const AGENDA_CASES: StaleCase[] = [];
