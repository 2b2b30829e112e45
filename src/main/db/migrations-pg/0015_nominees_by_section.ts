import { sql, type Kysely } from 'kysely';

// Frozen once landed. SQLite's 0015 on PostgreSQL: the list's section order (KIND_SECTION) then
// the name, as an index, so that a list in that order is read in order rather than sorted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index nominees_by_section on nominees (conference_id, deleted_at,
    (case kind when 'tap_the' then 0 when 'ca_nhan' then 1 when 'ho_gia_dinh' then 2 else 3 end),
    name_sort)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index nominees_by_section`.execute(db);
}
