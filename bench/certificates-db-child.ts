import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../src/main/app/create-core';
import { inProcessRunner, workerRunner, WORKER_FILE } from '../src/main/certificates/runner';
import type { CertificateRun } from './certificates-child';

/**
 * One certificate batch as the app prints it, in a process of its own:
 * `node --import tsx bench/certificates-db-child.ts <dataDir> <conferenceId> <templateId>` opens
 * the core, calls certificates.print for every award of the conference, and prints
 * {"ms":…,"peakMb":…,"coreHeapMb":…,"pages":…,"bytes":…,"runner":…}. As the app does, the
 * batch is read, checked and drawn by the built print worker (out/main/certificate-worker.js)
 * in a thread of its own when there is a build; without one, in the core's thread.
 * peakMb is the whole process's (the core and its worker, as in the app's core process);
 * coreHeapMb the most the core's own thread held on its heap meanwhile.
 */
const BUILT_WORKER = join(__dirname, '..', 'out', 'main', WORKER_FILE);
const HEAP_SAMPLE_MS = 10;

async function main(): Promise<void> {
  const [dataDir = '', conferenceArg = '', templateArg = '', databaseUrl] = process.argv.slice(2);
  const runner = existsSync(BUILT_WORKER) ? workerRunner(BUILT_WORKER) : inProcessRunner;
  const core = await createCore({
    dataDir,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    exportsDir: join(dataDir, 'exports'),
    log: () => undefined,
    certificates: { runner, log: () => undefined },
  });
  let coreHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    coreHeap = Math.max(coreHeap, process.memoryUsage().heapUsed);
  }, HEAP_SAMPLE_MS);
  try {
    const start = performance.now();
    const result = await core.dispatch('certificates.print', {
      conferenceId: Number(conferenceArg),
      templateId: Number(templateArg),
      acceptProblems: true,
      jobId: `bench-${Date.now()}`,
    });
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as { path: string; rows: number };
    const run: CertificateRun = {
      ms,
      peakMb: process.resourceUsage().maxRSS / 1024,
      coreHeapMb: coreHeap / 1024 / 1024,
      pages: file.rows,
      bytes: statSync(file.path).size,
      runner: runner.kind,
    };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    clearInterval(sampler);
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
