import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../src/main/app/create-core';
import { filledCore } from './nominees.bench';
import { defineBenchmark, timeMs } from './types';

async function setup() {
  // A prefix of its own: other benchmarks clean up their hoi-nghi-bench-* folders.
  const filled = await filledCore(100_000, mkdtempSync(join(tmpdir(), 'hoi-nghi-backups-bench-')));
  const size = statSync(join(filled.dir, DATABASE_FILE)).size;
  console.log(`  database: ${(size / 1024 / 1024).toFixed(1)} MB`);
  return filled;
}

async function teardown({ core, dir }: Awaited<ReturnType<typeof setup>>) {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}

async function backupNow({ core }: Awaited<ReturnType<typeof setup>>) {
  const result = await core.dispatch('backups.create', {});
  if (!result.ok) throw new Error(result.error.message);
}

/**
 * One "Sao lưu ngay" through the dispatcher: the online copy, its integrity check, the rename and
 * the rotation. The CPU figure is the same work in processor time, which a shared, loaded machine
 * inflates less than the wall clock.
 */
export const backupBenchmarks = [
  defineBenchmark({
    name: 'backup_100k_nominees_ms',
    unit: 'ms',
    sqliteOnly: 'an online copy of the SQLite file (a server keeps its own backups)',
    setup,
    run: (state) => timeMs(() => backupNow(state)),
    teardown,
  }),
  defineBenchmark({
    name: 'backup_100k_nominees_cpu_ms',
    unit: 'ms',
    sqliteOnly: 'an online copy of the SQLite file (a server keeps its own backups)',
    setup,
    run: async (state) => {
      const start = process.cpuUsage();
      await backupNow(state);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    },
    teardown,
  }),
];
