// @engine once: it starts and asks a PostgreSQL server of its own.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/app/create-core';
import { openPostgres } from '../../src/main/db/postgres';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { PG_MIGRATIONS } from '../../src/main/db/migrations-pg';
import { appErrorOf, call, conferenceInput, useTempDir } from '../helpers';
import { createTestDatabase, databaseUrl, dropTestDatabase, prepareTemplate } from '../pg/databases';
import { startTestPostgres, type TestPostgres } from '../pg/server';

/** Opening the app's database on a PostgreSQL server: what is refused, and what is kept. */
describe('opening a PostgreSQL database', () => {
  const dir = useTempDir();
  let server: TestPostgres;

  beforeAll(async () => {
    server = await startTestPostgres();
    await prepareTemplate(server.url);
  }, 60_000);

  afterAll(() => server.stop());

  async function freshDatabase(): Promise<string> {
    return databaseUrl(server.url, await createTestDatabase(server.url));
  }

  it('migrates an empty database, says where the data is without the password, and keeps data across starts', async () => {
    const name = `empty_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = databaseUrl(server.url, name);

    const first = await createCore({ dataDir: dir(), databaseUrl: url, log: () => undefined });
    // The last migration, under the name SQLite's schema has reached.
    expect(first.context.store.schemaVersion).toBe(Object.keys(PG_MIGRATIONS).at(-1));
    expect(first.context.store.schemaVersion).toBe(Object.keys(MIGRATIONS).at(-1));
    const info = await call(first, 'app.info', {});
    expect(info.databasePath).toMatch(/^postgres:\/\/postgres:\*\*\*@/);
    expect(info.databasePath).not.toContain('hoi-nghi-test');
    await call(first, 'conferences.create', conferenceInput());
    await first.close();

    const second = await createCore({ dataDir: dir(), databaseUrl: url, log: () => undefined });
    expect((await call(second, 'conferences.list', {})).map((c) => c.title)).toEqual([
      conferenceInput().title,
    ]);
    await second.close();
    await dropTestDatabase(server.url, name);
  });

  it("weighs random reads as a cached database's in its own sessions, leaving the server's setting", async () => {
    const url = await freshDatabase();
    const core = await createCore({ dataDir: dir(), databaseUrl: url, log: () => undefined });
    const shown = await sql<{ random_page_cost: string }>`show random_page_cost`.execute(
      core.context.store.db,
    );
    expect(shown.rows[0]?.random_page_cost).toBe('1.1');
    await core.close();
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    const serverSetting = await other.query<{ random_page_cost: string }>('show random_page_cost');
    await other.end();
    expect(serverSetting.rows[0]?.random_page_cost).toBe('4');
  });

  it('refuses a database a newer version upgraded, changing nothing', async () => {
    const url = await freshDatabase();
    const store = await openPostgres(url);
    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(
      store.db,
    );
    const before = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(store.db);
    await store.close();

    const error = await appErrorOf(createCore({ dataDir: dir(), databaseUrl: url, log: () => undefined }));
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message).toContain('9999_from_the_future');
    expect(error.message).not.toContain('hoi-nghi-test');

    // Read with a store that knows the future migration too: nothing was added or removed.
    const nothing = { up: () => Promise.resolve() };
    const after = await openPostgres(url, {
      migrations: {
        ...Object.fromEntries(Object.keys(PG_MIGRATIONS).map((name) => [name, nothing])),
        '9999_from_the_future': nothing,
      },
    });
    expect(
      (await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(after.db)).rows,
    ).toEqual(before.rows);
    await after.close();
  });

  it('says in Vietnamese that a server cannot be reached, without the password', async () => {
    const wrong = new URL(server.url);
    wrong.password = 'sai-mat-khau';
    wrong.pathname = '/postgres';
    const error = await appErrorOf(
      createCore({ dataDir: dir(), databaseUrl: wrong.toString(), log: () => undefined }),
    );
    expect(error.code).toBe('DB_UNREACHABLE');
    expect(error.message).toMatch(/^Không kết nối được máy chủ cơ sở dữ liệu/);
    expect(error.message).not.toContain('sai-mat-khau');
  });
});
