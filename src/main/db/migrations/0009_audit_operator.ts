import { sql, type Kysely } from 'kysely';

// Frozen once landed. Who made each change: the operator name set in the settings at the time
// ('' for the rows written before there was one); and the row's words folded for search, so
// the viewer finds "Đinh Thị Thơm" by "dinh thi thom" without folding every row on each search
// (4.6 s against a few milliseconds for 50,000 rows). The index serves the viewer, which reads
// one conference's rows newest first.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_log')
    .addColumn('operator', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('audit_log')
    .addColumn('search', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Filling the new column is the one update the log ever takes: the append-only triggers step
  // aside for it and come back unchanged, all inside the migration's transaction.
  await sql`drop trigger audit_log_no_update`.execute(db);
  await sql`update audit_log set search = vi_fold(
    detail || ' ' || operator || ' ' || coalesce(before, '') || ' ' || coalesce(after, ''))`.execute(db);
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit log is append-only'); end`.execute(db);
  await db.schema
    .createIndex('audit_log_conference')
    .on('audit_log')
    .columns(['conference_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_conference').execute();
  await db.schema.alterTable('audit_log').dropColumn('search').execute();
  await db.schema.alterTable('audit_log').dropColumn('operator').execute();
}
