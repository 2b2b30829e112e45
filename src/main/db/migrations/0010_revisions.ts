import { sql, type Kysely } from 'kysely';

// Frozen once landed. Every record a person edits carries a revision: an update or a delete
// names the revision it was based on and is refused when the record has changed since, so a
// window left open on an old copy (or on a database that was restored meanwhile) cannot write
// over newer data. A restore gives every row a revision above any handed out before it.
const TABLES = [
  'conferences',
  'award_forms',
  'nominees',
  'council_members',
  'voting_rules',
  'polls',
  'registers',
  'decisions',
  'certificate_templates',
  'agenda_items',
  'delegates',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql`alter table ${sql.table(table)} add column revision integer not null default 1`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql`alter table ${sql.table(table)} drop column revision`.execute(db);
  }
}
