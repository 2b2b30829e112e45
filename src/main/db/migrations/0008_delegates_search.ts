import { sql, type Kysely } from 'kysely';

// Frozen once landed. The attendance count ("Có mặt 212/250", by group) is read after every
// check-in; this index holds every column it needs, so it never reads the delegates' rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index delegates_attendance on delegates(conference_id, group_name, checked_in_at)
    where deleted_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index delegates_attendance`.execute(db);
}
