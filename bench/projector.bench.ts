import type { Benchmark } from './types';

export const projectorBenchmarks: Benchmark[] = [];
