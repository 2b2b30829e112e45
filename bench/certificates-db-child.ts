import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../src/main/app/create-core';
import type { CertificateRun } from './certificates-child';

/**
 * One certificate batch as the app prints it, in a process of its own:
 * `node --import tsx bench/certificates-db-child.ts <dataDir> <conferenceId> <templateId>` opens
 * the core, calls certificates.print for every award of the conference, and prints
 * {"ms":…,"peakMb":…,"pages":…,"bytes":…}. Run from TypeScript sources there is no built worker
 * file, so the core draws in its own thread: the same engine, the same work.
 */
async function main(): Promise<void> {
  const [dataDir = '', conferenceArg = '', templateArg = ''] = process.argv.slice(2);
  const core = await createCore({ dataDir, exportsDir: join(dataDir, 'exports'), log: () => undefined });
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
      pages: file.rows,
      bytes: statSync(file.path).size,
    };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
