import type { Kysely } from 'kysely';

// Frozen once landed. The heading each conference's documents carry (Party or State; "auto"
// guesses from the organiser's name), and the last options of its honoree list, kept so the
// next export starts where the secretariat left off.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conferences')
    .addColumn('letterhead', 'text', (c) => c.notNull().defaultTo('auto'))
    .execute();
  await db.schema
    .createTable('export_options')
    .addColumn('conference_id', 'integer', (c) =>
      c.primaryKey().references('conferences.id').onDelete('cascade'),
    )
    .addColumn('list_options', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('export_options').execute();
  await db.schema.alterTable('conferences').dropColumn('letterhead').execute();
}
