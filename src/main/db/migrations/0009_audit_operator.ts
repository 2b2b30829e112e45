import type { Kysely } from 'kysely';

// Frozen once landed. Who made each change: the operator name set in the settings at the time
// ('' for the rows written before there was one). Adding a column fires no UPDATE trigger, so
// the log stays append-only. The index serves the viewer, which reads one conference's rows
// newest first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_log')
    .addColumn('operator', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('audit_log_conference')
    .on('audit_log')
    .columns(['conference_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_conference').execute();
  await db.schema.alterTable('audit_log').dropColumn('operator').execute();
}
