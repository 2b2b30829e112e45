import { sql, type Kysely } from 'kysely';
import { createConferenceDay, dropConferenceDay } from './conference-day';
import { createConferences, dropConferences } from './conferences';
import { createDecisions, dropDecisions } from './decisions';
import { createNominees, dropNominees } from './nominees';
import { createVoting, dropVoting } from './voting';

// Frozen once landed. The schema SQLite has after its migrations 0001–0014, in one step, with
// the shipped rows those migrations insert. PostgreSQL runs a migration in a transaction, so a
// failure part-way leaves nothing behind. Text is collated "C" (byte order, as SQLite's BINARY)
// so that the stored sort keys order the same whatever the server's locale.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Trigram indexes stand in for SQLite's FTS5 trigram table. A trusted extension: the owner
  // of the database may create it without being a superuser.
  await sql`create extension if not exists pg_trgm`.execute(db);
  await createConferences(db);
  await createNominees(db);
  await createVoting(db);
  await createDecisions(db);
  await createConferenceDay(db);
}

// The extension stays: other databases' objects on the server may use it.
export async function down(db: Kysely<unknown>): Promise<void> {
  await dropConferenceDay(db);
  await dropDecisions(db);
  await dropVoting(db);
  await dropNominees(db);
  await dropConferences(db);
}
