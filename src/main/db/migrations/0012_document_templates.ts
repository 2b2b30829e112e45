import type { Kysely } from 'kysely';

// Frozen once landed. The Word templates an office loads in place of the shipped ones, one per
// conference and document kind (the .docx bytes, checked before they are stored), and the legal
// bases ("Căn cứ …") a decision cites, kept per issuer as an edited list. Both carry a revision
// like every record a person edits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'integer', (c) =>
      c.notNull().references('conferences.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'blob', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_templates_conference_kind', ['conference_id', 'kind'])
    .execute();
  await db.schema
    .createTable('document_legal_bases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('issuer_folded', 'text', (c) => c.notNull().unique())
    .addColumn('bases', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('document_legal_bases').execute();
  await db.schema.dropTable('document_templates').execute();
}
