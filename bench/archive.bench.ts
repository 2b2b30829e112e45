import type { Benchmark } from './types';

export const archiveBenchmarks: Benchmark[] = [];
