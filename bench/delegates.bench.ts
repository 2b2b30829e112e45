import type { Benchmark } from './types';

export const delegateBenchmarks: Benchmark[] = [];
