import { sql, type Kysely } from 'kysely';

// Frozen once landed. Electronic voting slips (phones on the hall's network) and where each
// ballot came from, so that the minutes can say how many were electronic and how many paper.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vote_slips')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('polls.id'))
    // Printed on the slip, for the tellers to set aside a paper ballot of a slip already used.
    .addColumn('label', 'text', (c) => c.notNull())
    // SHA-256 of what the phone proves it holds; the slip's secret itself is never stored.
    .addColumn('auth_hash', 'text', (c) => c.notNull().unique())
    // The key the phone seals its ballot with; dropped once the slip is used.
    .addColumn('seal_key', 'text')
    // Only for a named poll: a secret poll never links a slip to a member.
    .addColumn('member_id', 'integer', (c) => c.references('council_members.id'))
    .addColumn('used_at', 'text')
    // A named poll's vote, recorded against its member; a secret slip never holds its vote.
    .addColumn('marks', 'text')
    .addColumn('receipt', 'text')
    // SHA-256 of the sealed submission's nonce: a resend of the same ballot gets the same receipt.
    .addColumn('submission_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'vote_slips_used_whole',
      sql`(used_at is null) = (receipt is null) and (used_at is null) = (submission_hash is null)`,
    )
    .execute();
  await db.schema
    .createIndex('vote_slips_label')
    .on('vote_slips')
    .columns(['poll_id', 'label'])
    .unique()
    .execute();

  // Still no column that names a member: a ballot row stays anonymous whatever its source.
  await sql`alter table poll_ballots add column source text not null default 'paper'
    check (source in ('paper', 'electronic'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table poll_ballots drop column source`.execute(db);
  await db.schema.dropTable('vote_slips').execute();
}
