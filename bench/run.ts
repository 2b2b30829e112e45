import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certificateBenchmarks } from './certificates.bench';
import { conferenceBenchmarks } from './conferences.bench';
import { dbBenchmarks } from './db.bench';
import { documentBenchmarks } from './documents.bench';
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
import { responsivenessBenchmarks } from './responsiveness.bench';
import { lanVoteBenchmarks } from './lan-vote.bench';
import type { Benchmark } from './types';

/**
 * `npm run bench [filter]`: runs every benchmark whose name contains the filter, one warm-up
 * and BENCH_RUNS measured runs each (default 7), prints a table and merges the figures into
 * bench-results.json at the repository root.
 */

const REGISTRY: Benchmark[] = [
  ...dbBenchmarks,
  ...conferenceBenchmarks,
  ...nomineeBenchmarks,
  ...pageBenchmarks,
  ...votingBenchmarks,
  ...documentBenchmarks,
  ...exportBenchmarks,
  ...exportPdfBenchmarks,
  ...certificateBenchmarks,
  ...delegateBenchmarks,
  ...projectorBenchmarks,
  ...backupBenchmarks,
  ...archiveBenchmarks,
  ...agendaBenchmarks,
  ...auditBenchmarks,
  ...responsivenessBenchmarks,
  ...lanVoteBenchmarks,
];
const WARM_UP_RUNS = 1;
const DEFAULT_RUNS = 7;
// Beside package.json whatever the working folder; tsx runs this file as CommonJS or ESM.
const BENCH_DIR = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = join(BENCH_DIR, '..', 'bench-results.json');

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

async function measure(benchmark: Benchmark, runs: number): Promise<Figures> {
  const state = benchmark.setup ? await benchmark.setup() : undefined;
  try {
    for (let i = 0; i < WARM_UP_RUNS; i++) await benchmark.run(state);
    const values: number[] = [];
    for (let i = 0; i < runs; i++) values.push(await benchmark.run(state));
    return {
      median: round(median(values)),
      min: round(Math.min(...values)),
      max: round(Math.max(...values)),
      unit: benchmark.unit,
      runs,
    };
  } finally {
    await benchmark.teardown?.(state);
  }
}

function readResults(): Record<string, Figures> {
  if (!existsSync(RESULTS_FILE)) return {};
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, Figures>;
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

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const selected = REGISTRY.filter((b) => b.name.includes(filter));
  if (selected.length === 0) {
    console.error(`No benchmark matches "${filter}". Known: ${REGISTRY.map((b) => b.name).join(', ')}`);
    process.exit(1);
  }
  const runs = measuredRuns();
  const measured: [string, Figures][] = [];
  for (const benchmark of selected) {
    process.stderr.write(`${benchmark.name}…\n`);
    measured.push([benchmark.name, await measure(benchmark, runs)]);
  }
  printTable(measured);

  const results = { ...readResults(), ...Object.fromEntries(measured) };
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(RESULTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\nWritten to ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
