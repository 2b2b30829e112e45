import { sql, type Kysely } from 'kysely';

// Frozen once landed: later changes go into a new migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conferences')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('so_ket', 'tong_ket', 'khac')`))
    .addColumn('campaign', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organiser', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('venue', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('conferences').execute();
}
