import { join } from 'node:path';
import { createCore } from '../src/main/app/create-core';
import { listOptionsRecord } from '../src/shared/exports';

/**
 * One honoree-list export in a process of its own, so that its peak memory is that of one
 * export (plus Node and the app's modules), as when a user clicks "Xuất Excel":
 * `node --import tsx bench/exports-child.ts <dataDir> <conferenceId> [databaseUrl]` prints
 * {"ms":…,"peakMb":…,"rows":…,"bytes":…}. Only the dispatch is timed.
 */

export interface ExportRun {
  ms: number;
  peakMb: number;
  rows: number;
  bytes: number;
}

async function main(): Promise<void> {
  const [dataDir = '', conferenceArg = '', databaseUrl] = process.argv.slice(2);
  const conferenceId = Number(conferenceArg);
  const core = await createCore({
    dataDir,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    exportsDir: join(dataDir, 'exports'),
    log: (message, error) => console.error(message, error),
  });
  try {
    const options = listOptionsRecord.parse({
      decisionNumber: '123-QĐ/ThU',
      decisionDate: '2021-05-19',
      decisionIssuer: 'Ban Thường vụ Thị ủy',
      signerCapacity: 'T/M Ban Thường vụ',
      signerTitle: 'Bí thư',
      signerName: 'Nguyễn Văn A',
    });
    const start = performance.now();
    const result = await core.dispatch('exports.honoreeList', {
      conferenceId,
      format: 'xlsx',
      options,
      fileName: 'bench',
    });
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(result.error.message);
    const file = result.value as { rows: number; size: number };
    // maxRSS is in kilobytes: the most this process ever held in memory.
    const peakMb = process.resourceUsage().maxRSS / 1024;
    const run: ExportRun = { ms, peakMb, rows: file.rows, bytes: file.size };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
