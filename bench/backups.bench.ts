import type { Benchmark } from './types';

export const backupBenchmarks: Benchmark[] = [];
