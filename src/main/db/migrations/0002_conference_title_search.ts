import { sql, type Kysely } from 'kysely';

// Frozen once landed. Adds the folded title used for accent-insensitive search and fills it
// for conferences that already exist; vi_fold is registered on every connection by open.ts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conferences')
    .addColumn('title_folded', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update conferences set title_folded = vi_fold(title)`.execute(db);
  await db.schema
    .createIndex('conferences_by_start')
    .on('conferences')
    .columns(['archived_at', 'starts_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('conferences_by_start').execute();
  await db.schema.alterTable('conferences').dropColumn('title_folded').execute();
}
