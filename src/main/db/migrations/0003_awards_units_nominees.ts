import { sql, type Kysely } from 'kysely';

// Frozen once landed. The award forms catalogue (with shipped defaults), units shared by all
// conferences, nominees per conference, and remembered import column mappings.

const DEFAULT_AWARD_FORMS: [name: string, category: string, rank: number, aliases: string][] = [
  ['Bằng khen', 'hinh_thuc', 900, ''],
  ['Tập thể lao động xuất sắc', 'danh_hieu', 850, ''],
  ['Chiến sĩ thi đua cơ sở', 'danh_hieu', 800, 'CSTĐCS; Chiến sỹ thi đua cơ sở'],
  ['Giấy khen', 'hinh_thuc', 700, ''],
  ['Tập thể lao động tiên tiến', 'danh_hieu', 650, ''],
  ['Lao động tiên tiến', 'danh_hieu', 600, 'LĐTT'],
  ['Thư khen', 'hinh_thuc', 500, ''],
  ['Giấy biểu dương', 'bieu_duong', 400, 'Biểu dương; Tuyên dương; Giấy tuyên dương'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('award_forms')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) =>
      c.notNull().check(sql`category in ('hinh_thuc', 'danh_hieu', 'bieu_duong')`),
    )
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rank', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const now = new Date().toISOString();
  for (const [name, category, rank, aliases] of DEFAULT_AWARD_FORMS) {
    await sql`insert into award_forms (name, name_folded, category, rank, aliases, created_at)
      values (${name}, vi_fold(${name}), ${category}, ${rank}, ${aliases}, ${now})`.execute(db);
  }

  await db.schema
    .createTable('units')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull().unique())
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('nominees')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('tap_the', 'ca_nhan', 'ho_gia_dinh')`))
    .addColumn('honorific', 'text', (c) => c.check(sql`honorific in ('ong', 'ba')`))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.check(sql`gender in ('nam', 'nu')`))
    .addColumn('birth', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('achievement', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('award_form_id', 'integer', (c) => c.references('award_forms.id'))
    .addColumn('proposing_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('de_nghi', 'duoc_duyet', 'khong_duoc_duyet', 'rut')`),
    )
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_file', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_row', 'integer')
    // Derived columns, written with every change: folded search text, the key that finds the
    // same person again (folded name + unit), and Vietnamese sort keys for BINARY ordering.
    .addColumn('search_folded', 'text', (c) => c.notNull())
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('position_sort', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createIndex('nominees_by_name')
    .on('nominees')
    .columns(['conference_id', 'deleted_at', 'name_sort'])
    .execute();
  // Person key first, so that the duplicate and history lookups for a page use it rather than
  // walking the whole conference.
  await db.schema
    .createIndex('nominees_by_person')
    .on('nominees')
    .columns(['person_key', 'conference_id', 'deleted_at'])
    .execute();
  // Counting a conference's nominees by kind reads this index alone.
  await db.schema
    .createIndex('nominees_by_kind')
    .on('nominees')
    .columns(['conference_id', 'deleted_at', 'kind'])
    .execute();

  // Substring search over the folded text through a trigram index: a scan of 100,000 rows with
  // LIKE takes about 80 ms here, the index a few. Updates and deletes keep it in step through
  // triggers; inserts are indexed by the code that writes them, a batch at a time, because a
  // per-row trigger makes a 10,000-row import several times slower.
  await sql`create virtual table nominee_search using fts5(
    search_folded, content='nominees', content_rowid='id', tokenize='trigram')`.execute(db);
  await sql`create trigger nominees_search_delete after delete on nominees begin
    insert into nominee_search (nominee_search, rowid, search_folded) values ('delete', old.id, old.search_folded);
  end`.execute(db);
  await sql`create trigger nominees_search_update after update of search_folded on nominees begin
    insert into nominee_search (nominee_search, rowid, search_folded) values ('delete', old.id, old.search_folded);
    insert into nominee_search (rowid, search_folded) values (new.id, new.search_folded);
  end`.execute(db);
  await db.schema
    .createIndex('nominees_by_unit')
    .on('nominees')
    .columns(['conference_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('signature', 'text', (c) => c.primaryKey())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_mappings').execute();
  await sql`drop table nominee_search`.execute(db);
  await db.schema.dropTable('nominees').execute();
  await db.schema.dropTable('units').execute();
  await db.schema.dropTable('award_forms').execute();
}
