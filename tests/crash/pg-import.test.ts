import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conferenceHandlers } from '../../src/main/conferences/handlers';
import { openPostgres } from '../../src/main/db/postgres';
import { importHandlers } from '../../src/main/imports/handlers';
import { ImportSessions } from '../../src/main/imports/sessions';
import type { MethodOutput } from '../../src/shared/api/contract';
import { conferenceInput } from '../helpers';
import { createTestDatabase, databaseUrl, dropTestDatabase, prepareTemplate } from '../pg/databases';
import { startTestPostgres, type TestPostgres } from '../pg/server';
import { childDispatcher } from './children/child-core';
import type { OpenedList } from './children/opened-list';
import { bundleChild, crashSeed, eachKill, runAndKill } from './harness';
import { honoreeList } from './list-file';

/**
 * The import crash test of import.test.ts with the data on a PostgreSQL server: the process
 * running the core (the child) is killed mid-commit; the server, which outlives it, must have
 * kept all of the rows or none, and a new process must open the database and import again.
 * It starts a server of its own, so it runs once, whichever engine the run's other tests use.
 */

const ROWS = 5_000;
/** Fewer than the SQLite file's 50: each kill here also waits for the server to drop the session. */
const KILLS = Number(process.env.HOI_NGHI_PG_CRASH_RUNS ?? 20);

/** Waits until no session but `client`'s is left on its database: the killed child's are gone. */
async function childSessionsGone(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    );
    if (rows[0]?.n === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0]?.n} sessions of the killed child remain`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('an import killed at random moments, on PostgreSQL', () => {
  let server: TestPostgres;
  let database = '';
  let url = '';
  let dir = '';

  beforeAll(async () => {
    server = await startTestPostgres();
    await prepareTemplate(server.url);
    database = await createTestDatabase(server.url);
    url = databaseUrl(server.url, database);
    dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-pg-crash-'));
  }, 60_000);

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (database) await dropTestDatabase(server.url, database);
    await server?.stop();
  });

  it(`keeps all rows or none after each of ${KILLS} kills`, { timeout: 300_000 }, async () => {
    const opened = join(dir, 'opened.json');
    const bundle = await bundleChild('import', dir, ['exceljs']);
    // The list is read once, here, as the app's `imports.open` reads it (see import.test.ts).
    const store = await openPostgres(url);
    const fileName = 'danh-sach-5000.xlsx';
    let conferenceId = 0;
    try {
      const sessions = new ImportSessions();
      const dispatch = childDispatcher(store, dir, (ctx) => ({
        ...conferenceHandlers(ctx),
        ...importHandlers(ctx, sessions),
      }));
      const must = async <T>(method: string, input: unknown): Promise<T> => {
        const result = await dispatch(method, input);
        if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
        return result.value as T;
      };
      const conference = await must<{ id: number }>('conferences.create', conferenceInput());
      conferenceId = conference.id;
      const preview = await must<MethodOutput<'imports.open'>>('imports.open', {
        conferenceId,
        fileName,
        contentBase64: (await honoreeList(ROWS)).toString('base64'),
      });
      expect(preview.rows).toHaveLength(ROWS);
      expect(preview.rows.filter((r) => r.issues.length > 0)).toEqual([]);
      const session: OpenedList = {
        conferenceId,
        fileName,
        sheets: [],
        sheetName: preview.sheetName,
        headerRow: preview.headerRow - 1,
        columns: preview.columns,
        rows: preview.rows.map(({ alreadyNominated: _nominated, history: _history, ...row }) => row),
        mappingRemembered: preview.mappingRemembered,
      };
      writeFileSync(opened, JSON.stringify(session));
    } finally {
      await store.close();
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async (query: string): Promise<number> =>
      (await client.query<{ n: number }>(query, [conferenceId])).rows[0]?.n ?? -1;
    const seed = crashSeed();
    let commitMs = 0;
    let imports = 0;
    const outcomes = { inFlight: 0, present: 0, absent: 0 };
    try {
      await eachKill(seed, KILLS, async (run, random) => {
        // The first and the last child commit to the end: the first measures a commit, the last
        // shows that after every kill a new process still opens the database and imports.
        const whole = run === 0 || run === KILLS - 1;
        const moment = whole
          ? { afterFirstDone: true as const }
          : { afterStartMs: random() * 1.2 * commitMs };
        const child = await runAndKill(bundle, [dir, opened, url], moment);
        commitMs = child.firstOpMs ?? commitMs;
        // A commit the child sent just before it died still lands: count once the server is done.
        await childSessionsGone(client);

        const nominees = await count('select count(*)::int as n from nominees where conference_id = $1');
        const committed = (child.done.get('commit') ?? 0) === 1;
        if (committed) expect(nominees, 'a finished commit').toBe(ROWS);
        else expect([0, ROWS], 'a commit cut off').toContain(nominees);
        if (nominees === ROWS) {
          imports++;
          expect(
            await count('select count(distinct source_row)::int as n from nominees where conference_id = $1'),
          ).toBe(ROWS);
        }
        // The import's audit entry is written in the same transaction as its rows.
        expect(
          await count(
            "select count(*)::int as n from audit_log where conference_id = $1 and entity = 'import'",
          ),
        ).toBe(imports);
        if (whole) expect(nominees, 'an import after the kills').toBe(ROWS);
        if (child.inFlight) outcomes.inFlight++;
        if (nominees === ROWS) outcomes.present++;
        else outcomes.absent++;
        // Back to an empty conference, so every run starts alike.
        await client.query('delete from nominees where conference_id = $1', [conferenceId]);
      });
    } finally {
      await client.end();
    }
    console.log(
      `PostgreSQL import crash: seed ${seed}, commit ${Math.round(commitMs)} ms, ${JSON.stringify(outcomes)}`,
    );
    // Most kills must land inside the commit, or the test would pass without testing anything.
    expect(outcomes.inFlight, `seed ${seed}`).toBeGreaterThanOrEqual((KILLS - 2) * 0.4);
    expect(outcomes.present, `seed ${seed}`).toBeGreaterThanOrEqual(2);
    expect(outcomes.absent, `seed ${seed}`).toBeGreaterThan(0);
  });
});
