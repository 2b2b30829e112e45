import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './server';
import { prepareTemplate } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's maintenance database URL (tests/pg/server.ts). */
    pgUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run of the PostgreSQL project, and one database migrated
 * once that every test's database is copied from (CREATE DATABASE … TEMPLATE is far quicker
 * than migrating each).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  await prepareTemplate(server.url);
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
