import { sql, type Kysely } from 'kysely';

// Frozen once landed. Registers (sổ vàng) hand out running numbers that never come back;
// decisions give awards to nominees; certificate templates (with their scanned background and
// emblem) and a record of every printed certificate.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table registers (
      id integer primary key autoincrement,
      name text not null,
      prefix text not null default '',
      suffix text not null default '',
      padding integer not null default 0,
      next_number integer not null default 1 check (next_number >= 1),
      created_at text not null
    )`.execute(db);
  await sql`
    create table decisions (
      id integer primary key autoincrement,
      conference_id integer not null references conferences(id) on delete cascade,
      number text not null,
      date text not null,
      issuer text not null default '',
      signer_capacity text not null default '',
      signer_title text not null default '',
      signer_name text not null default '',
      place_name text not null default '',
      register_id integer references registers(id),
      created_at text not null,
      updated_at text not null
    )`.execute(db);
  await sql`create index decisions_by_conference on decisions(conference_id)`.execute(db);
  // A number once given stays given: (register, running number) is unique, and the register's
  // next number only goes up, so deleting an award or a decision never frees a number.
  await sql`
    create table decision_awards (
      id integer primary key autoincrement,
      decision_id integer not null references decisions(id) on delete cascade,
      nominee_id integer not null references nominees(id),
      award_form_id integer not null references award_forms(id),
      register_id integer references registers(id),
      register_seq integer,
      register_number text not null default '',
      position integer not null,
      created_at text not null,
      unique (decision_id, nominee_id),
      unique (register_id, register_seq)
    )`.execute(db);
  await sql`create index decision_awards_by_nominee on decision_awards(nominee_id)`.execute(db);
  await sql`
    create table certificate_templates (
      id integer primary key autoincrement,
      builtin_key text unique,
      name text not null,
      body text not null,
      version integer not null default 1,
      background blob,
      emblem blob,
      created_at text not null,
      updated_at text not null
    )`.execute(db);
  await sql`
    create table certificate_prints (
      id integer primary key autoincrement,
      award_id integer not null references decision_awards(id) on delete cascade,
      template_id integer not null,
      template_version integer not null,
      job_id text not null,
      printed_at text not null
    )`.execute(db);
  await sql`create index certificate_prints_by_award on certificate_prints(award_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'certificate_prints',
    'certificate_templates',
    'decision_awards',
    'decisions',
    'registers',
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
