import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../src/main/app/create-core';
import { openDatabase } from '../src/main/db/open';
import { defineBenchmark, timeMs } from './types';

export const dbBenchmarks = [
  defineBenchmark({
    name: 'db_open_migrate_ms',
    unit: 'ms',
    sqliteOnly: "creates and migrates a SQLite file (the server's schema is one baseline migration)",
    // A new folder per run: the figure is a first start, creating the file and running every migration.
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
      try {
        return await timeMs(async () => {
          const store = await openDatabase(join(dir, DATABASE_FILE));
          await store.close();
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  }),
];
