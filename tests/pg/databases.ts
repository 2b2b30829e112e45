import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../src/main/db/postgres';

/** The migrated database every test database is copied from. */
export const TEMPLATE_DATABASE = 'hoi_nghi_template';

/** `url` with another database name. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates (again) the template database, migrated to the latest schema. */
export async function prepareTemplate(url: string): Promise<void> {
  await admin(url, async (client) => {
    await client.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await client.query(`create database ${TEMPLATE_DATABASE}`);
  });
  const store = await openPostgres(databaseUrl(url, TEMPLATE_DATABASE));
  await store.close();
}

/** A new database, copied from the template, under a name made from `seed` (a test's folder). */
export async function createTestDatabase(
  url: string,
  seed: string = randomBytes(8).toString('hex'),
): Promise<string> {
  const name = `t_${createHash('sha256').update(seed).digest('hex').slice(0, 24)}`;
  await admin(url, async (client) => {
    await client.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  });
  return name;
}

export async function dropTestDatabase(url: string, name: string): Promise<void> {
  await admin(url, (client) => client.query(`drop database if exists ${name} with (force)`));
}
