import { sql, type Kysely } from 'kysely';

// Frozen once landed. The conference day: the agenda with planned and actual times, the
// delegates and their check-in, what happened to each honoree at the ceremony, and what the
// projector shows (kept so a restarted app puts the same screen back).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agenda_items (
      id integer primary key autoincrement,
      conference_id integer not null references conferences(id) on delete cascade,
      position integer not null,
      title text not null,
      kind text not null check (kind in ('khai_mac', 'bao_cao', 'tham_luan', 'phat_bieu_chi_dao',
        'khen_thuong', 'bieu_quyet', 'be_mac', 'giai_lao', 'khac')),
      presenter text not null default '',
      presenter_title text not null default '',
      duration_minutes integer not null check (duration_minutes > 0),
      notes text not null default '',
      actual_start text,
      actual_end text,
      created_at text not null,
      updated_at text not null
    )`.execute(db);
  await sql`create index agenda_items_by_conference on agenda_items(conference_id, position)`.execute(db);

  await sql`
    create table delegates (
      id integer primary key autoincrement,
      conference_id integer not null references conferences(id) on delete cascade,
      honorific text check (honorific in ('ong', 'ba')),
      full_name text not null,
      title text not null default '',
      unit_name text not null default '',
      group_name text not null default '',
      seat text not null default '',
      badge text not null default '',
      notes text not null default '',
      source_file text not null default '',
      source_row integer,
      search_folded text not null,
      name_sort text not null,
      checked_in_at text,
      deleted_at text,
      created_at text not null,
      updated_at text not null
    )`.execute(db);
  await sql`create index delegates_by_conference on delegates(conference_id, name_sort)`.execute(db);
  // A badge number names one delegate of a conference; blank badges are allowed many times.
  await sql`create unique index delegates_badge on delegates(conference_id, badge)
    where badge <> '' and deleted_at is null`.execute(db);

  await sql`
    create table ceremony_records (
      nominee_id integer primary key references nominees(id) on delete cascade,
      conference_id integer not null references conferences(id) on delete cascade,
      status text not null check (status in ('received', 'absent', 'proxy')),
      proxy_name text not null default '',
      recorded_at text not null
    )`.execute(db);
  await sql`create index ceremony_records_by_conference on ceremony_records(conference_id)`.execute(db);

  await sql`
    create table projector_state (
      conference_id integer primary key references conferences(id) on delete cascade,
      screen text not null,
      payload text not null default '{}',
      updated_at text not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['projector_state', 'ceremony_records', 'delegates', 'agenda_items']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
