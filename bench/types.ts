/** One named measurement. `run` returns its figure in `unit`; setup and teardown are not measured. */
export interface Benchmark<State = unknown> {
  name: string;
  unit: 'ms' | 'MB' | 'count';
  /**
   * Benchmarks of one group are measured interleaved (a run of each in turn) so that a figure
   * and its floor see the same machine: a busy moment slows both, not one.
   */
  group?: string;
  /**
   * Why this benchmark measures SQLite alone (a backup of the file, better-sqlite3's own floor):
   * a run on PostgreSQL (HOI_NGHI_BENCH_ENGINE) skips it and prints this.
   */
  sqliteOnly?: string;
  /** Untimed, once before the warm-up and measured runs. */
  setup?: () => Promise<State>;
  run: (state: State) => Promise<number>;
  teardown?: (state: State) => Promise<void>;
}

/** Keeps the state type between setup and run while the registry holds benchmarks of any state. */
export function defineBenchmark<State>(benchmark: Benchmark<State>): Benchmark {
  return benchmark as Benchmark;
}

/** Milliseconds spent in `work`, from a monotonic clock. */
export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
