import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const include = ['src/**/*.test.ts', 'tests/**/*.test.ts'];

/**
 * The core's tests run twice, on SQLite and on PostgreSQL: every test file that opens a core
 * (useCores, createCore) runs on both, unless it says `@engine sqlite` with its reason (a test
 * of the SQLite file itself: backups, its integrity check, FTS5) or `@engine once` (a test that
 * starts its own PostgreSQL server). Tests of pure functions and of the pages touch no database
 * and run once.
 */
function coreTestsOnBothEngines(): string[] {
  return include
    .flatMap((pattern) => globSync(pattern))
    .filter((file) => {
      const text = readFileSync(file, 'utf8');
      if (/@engine (sqlite|once)\b/.test(text)) return false;
      return /@engine both\b/.test(text) || /\buseCores\(|\bcreateCore\(/.test(text);
    });
}

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: coreTestsOnBothEngines(),
          globalSetup: ['tests/pg/global-setup.ts'],
          env: { HOI_NGHI_TEST_ENGINE: 'postgres' },
          // A server's first connections and template copies take longer than a file's open.
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
