// @engine sqlite: the SQLite file after a killed process; PostgreSQL's crash test is tests/crash/pg-import.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/app/create-core';
import { call, conferenceInput, useTempDir } from '../helpers';
import type { OpenedList } from './children/opened-list';
import { bundleChild, crashSeed, eachKill, KILLS, reopenChecked, runAndKill } from './harness';
import { honoreeList } from './list-file';
import { rawSqlite } from '../../src/main/db/open';

const ROWS = 10_000;

describe('an import of 10,000 rows killed at random moments', () => {
  const dir = useTempDir('hoi-nghi-crash-');
  let list: Buffer;

  beforeAll(async () => {
    list = await honoreeList(ROWS);
  });

  it(
    `is entirely present or entirely absent after each of ${KILLS} kills`,
    { timeout: 1_200_000 },
    async () => {
      const dataDir = join(dir(), 'data');
      const opened = join(dir(), 'opened.json');
      // The child never reads a file, so it starts without the spreadsheet reader.
      const bundle = await bundleChild('import', dir(), ['exceljs']);
      const core = await createCore({ dataDir, log: () => undefined });
      const conference = await call(core, 'conferences.create', conferenceInput());
      // The list is read once, here, by the app's own `imports.open`; each child takes up what it
      // read and spends its life in `imports.commit`, the transaction under test. Reading 10,000
      // rows costs about 2 s of CPU, which every child paid before and which was most of the
      // test's time while no kill could land in it.
      const fileName = 'danh-sach-10000.xlsx';
      const preview = await call(core, 'imports.open', {
        conferenceId: conference.id,
        fileName,
        contentBase64: list.toString('base64'),
      });
      await core.close();
      expect(preview.rows).toHaveLength(ROWS);
      expect(preview.rows.filter((r) => r.issues.length > 0)).toEqual([]);
      const session: OpenedList = {
        conferenceId: conference.id,
        fileName,
        sheets: [],
        sheetName: preview.sheetName,
        headerRow: preview.headerRow - 1,
        columns: preview.columns,
        rows: preview.rows.map(({ alreadyNominated: _nominated, history: _history, ...row }) => row),
        mappingRemembered: preview.mappingRemembered,
      };
      writeFileSync(opened, JSON.stringify(session));

      const seed = crashSeed();
      let commitMs = 0;
      const outcomes = { inFlight: 0, present: 0, absent: 0, inFlightPresent: 0 };
      await eachKill(seed, KILLS, async (run, random) => {
        // The first child commits to the end, which measures a commit; the others are killed at a
        // random moment from the start of the commit to a little after it would have finished
        // (as long as the last commit seen to finish took: the machine's load varies).
        const moment =
          run === 0 ? { afterFirstDone: true as const } : { afterStartMs: random() * 1.2 * commitMs };
        const child = await runAndKill(bundle, [dataDir, opened], moment);
        commitMs = child.firstOpMs ?? commitMs;

        const store = await reopenChecked(dataDir);
        try {
          const count = (q: string) => rawSqlite(store).prepare(q).pluck().get(conference.id) as number;
          const nominees = count('select count(*) from nominees where conference_id = ?');
          const committed = (child.done.get('commit') ?? 0) === 1;
          if (committed) expect(nominees, 'a finished commit').toBe(ROWS);
          else expect([0, ROWS], 'a commit cut off').toContain(nominees);
          // Each row's own number in the list came in with it: no row twice, none lost.
          if (nominees === ROWS) {
            expect(count('select count(distinct source_row) from nominees where conference_id = ?')).toBe(
              ROWS,
            );
          }
          if (child.inFlight) outcomes.inFlight++;
          if (child.inFlight && nominees === ROWS) outcomes.inFlightPresent++;
          if (nominees === ROWS) outcomes.present++;
          else outcomes.absent++;
          // Back to an empty conference, so every run starts alike.
          rawSqlite(store).prepare('delete from nominees where conference_id = ?').run(conference.id);
        } finally {
          await store.close();
        }
      });
      console.log(
        `import crash: seed ${seed}, commit ${Math.round(commitMs)} ms, ${JSON.stringify(outcomes)}`,
      );
      // Most kills must land inside the commit, or the test would pass without testing anything.
      expect(outcomes.inFlight, `seed ${seed}`).toBeGreaterThanOrEqual(KILLS * 0.4);
      expect(outcomes.present, `seed ${seed}`).toBeGreaterThan(0);
      expect(outcomes.absent, `seed ${seed}`).toBeGreaterThan(0);
    },
  );
});
