import { sql, type Kysely } from 'kysely';

// Frozen once landed. The commendation council, voting rule presets, polls with their
// nominees, counts and ballots, and an append-only audit log.

// The shipped presets, as data (DOMAIN.md, "Voting rules"). Edits go to the table, never here.
const PRESETS = [
  {
    name: 'Quá bán tổng số thành viên',
    threshold: { numerator: 1, denominator: 2 },
    strict: true,
    denominator: 'all_members',
    quorum: { numerator: 1, denominator: 2 },
    writtenOpinionsCount: false,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
  {
    name: 'Từ 2/3 tổng số thành viên',
    threshold: { numerator: 2, denominator: 3 },
    strict: false,
    denominator: 'all_members',
    quorum: { numerator: 2, denominator: 3 },
    writtenOpinionsCount: false,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
  {
    name: 'Từ 70% số thành viên dự họp',
    threshold: { numerator: 70, denominator: 100 },
    strict: false,
    denominator: 'members_present',
    quorum: { numerator: 2, denominator: 3 },
    writtenOpinionsCount: false,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
  {
    name: 'Từ 90% tổng số thành viên, bỏ phiếu kín',
    threshold: { numerator: 90, denominator: 100 },
    strict: false,
    denominator: 'all_members',
    quorum: { numerator: 2, denominator: 3 },
    writtenOpinionsCount: true,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('council_members')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('chu_tich', 'pho_chu_tich', 'thu_ky', 'thanh_vien', 'kiem_phieu')`),
    )
    .addColumn('presence', 'text', (c) =>
      c
        .notNull()
        .defaultTo('absent')
        .check(sql`presence in ('present', 'absent', 'written_opinion')`),
    )
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('council_by_conference')
    .on('council_members')
    .columns(['conference_id'])
    .execute();

  await db.schema
    .createTable('voting_rules')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  for (const preset of PRESETS) {
    await sql`insert into voting_rules (name, rule, created_at, updated_at)
      values (${preset.name}, ${JSON.stringify(preset)}, ${now}, ${now})`.execute(db);
  }

  await db.schema
    .createTable('polls')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    // The rule is copied in: editing a preset later never changes this poll's result.
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('draft', 'voting', 'counting', 'closed')`),
    )
    .addColumn('ballots_issued', 'integer')
    .addColumn('ballots_returned', 'integer')
    .addColumn('valid', 'integer')
    .addColumn('invalid', 'integer')
    // Attendance as it was when the poll closed, so later presence changes leave the result alone.
    .addColumn('attendance', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('polls_by_conference').on('polls').columns(['conference_id']).execute();

  await db.schema
    .createTable('poll_nominees')
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('polls.id'))
    .addColumn('nominee_id', 'integer', (c) => c.notNull().references('nominees.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('agree', 'integer')
    .addColumn('disagree', 'integer')
    .addColumn('abstain', 'integer')
    .addColumn('verdict', 'text')
    .addPrimaryKeyConstraint('poll_nominees_pk', ['poll_id', 'nominee_id'])
    .execute();

  // Ballots entered one by one. No column names a member: a secret ballot stays secret.
  await db.schema
    .createTable('poll_ballots')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('polls.id'))
    .addColumn('invalid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('marks', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ballots_by_poll').on('poll_ballots').columns(['poll_id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('conference_id', 'integer')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  // Append-only: the log refuses changes and deletions.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit log is append-only'); end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'poll_ballots',
    'poll_nominees',
    'polls',
    'voting_rules',
    'council_members',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
