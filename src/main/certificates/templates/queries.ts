import type { Kysely, Selectable } from 'kysely';
import {
  templateBodyRecord,
  type CertificateTemplate,
  type TemplateBody,
} from '../../../shared/certificates';
import { notFound } from '../../core/app-error';
import type { CertificateTemplateTable, Database } from '../../db/schema';
import { SHIPPED_TEMPLATES, type TemplateImages } from '../engine';
import { transact } from '../../db/transact';

type TemplateRow = Selectable<CertificateTemplateTable>;

/** The columns without the images: lists and checks never need the megabytes. */
const SUMMARY_COLUMNS = [
  'id',
  'builtin_key',
  'name',
  'body',
  'version',
  'revision',
  'updated_at',
  'created_at',
] as const;

type SummaryRow = Pick<TemplateRow, (typeof SUMMARY_COLUMNS)[number]> & {
  has_background: number;
  has_emblem: number;
};

function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('certificate_templates')
    .select(SUMMARY_COLUMNS)
    .select((eb) => [
      eb.case().when('background', 'is not', null).then(1).else(0).end().as('has_background'),
      eb.case().when('emblem', 'is not', null).then(1).else(0).end().as('has_emblem'),
    ]);
}

/** The stored body, read back through the schema so an old or hand-edited row still parses. */
export function parseBody(json: string): TemplateBody {
  return templateBodyRecord.parse(JSON.parse(json));
}

function toTemplate(row: SummaryRow): CertificateTemplate {
  return {
    ...parseBody(row.body),
    name: row.name,
    id: row.id,
    version: row.version,
    revision: row.revision,
    builtIn: row.builtin_key !== null,
    hasBackground: Number(row.has_background) === 1,
    hasEmblem: Number(row.has_emblem) === 1,
    updatedAt: row.updated_at,
  };
}

/**
 * Inserts the shipped templates that are missing (first start, or a key added by an update) and
 * brings a shipped one whose design changed in code up to date, with a new version: nobody can
 * edit them, and print records tell the versions apart.
 */
export async function ensureShippedTemplates(db: Kysely<Database>, now: string): Promise<void> {
  const entries = Object.entries(SHIPPED_TEMPLATES);
  if (entries.length === 0) return;
  await transact(db, async (trx) => {
    const rows = await trx
      .selectFrom('certificate_templates')
      .select(['id', 'builtin_key', 'body'])
      .where('builtin_key', 'is not', null)
      .execute();
    const stored = new Map(rows.map((r) => [r.builtin_key, r]));
    for (const [key, body] of entries) {
      const json = JSON.stringify(body);
      const row = stored.get(key);
      if (!row) {
        await trx
          .insertInto('certificate_templates')
          .values({
            builtin_key: key,
            name: body.name,
            body: json,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute();
      } else if (row.body !== json) {
        await trx
          .updateTable('certificate_templates')
          .set((eb) => ({
            name: body.name,
            body: json,
            version: eb('version', '+', 1),
            // A window showing the old design reloads before it acts on it.
            revision: eb('revision', '+', 1),
            updated_at: now,
          }))
          .where('id', '=', row.id)
          .execute();
      }
    }
  });
}

/** Shipped templates first (in the order they were shipped), then ours by name. */
export async function listTemplates(db: Kysely<Database>): Promise<CertificateTemplate[]> {
  const rows = await summaryQuery(db).execute();
  const shipped = rows.filter((r) => r.builtin_key !== null).sort((a, b) => a.id - b.id);
  const ours = rows
    .filter((r) => r.builtin_key === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id - b.id);
  return [...shipped, ...ours].map(toTemplate);
}

export async function readTemplate(db: Kysely<Database>, id: number): Promise<CertificateTemplate> {
  const row = await summaryQuery(db).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`mẫu giấy khen #${id}`);
  return toTemplate(row);
}

export async function readImages(db: Kysely<Database>, id: number): Promise<TemplateImages> {
  const row = await db
    .selectFrom('certificate_templates')
    .select(['background', 'emblem'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`mẫu giấy khen #${id}`);
  return { background: row.background, emblem: row.emblem };
}

/** The body alone, as the engine wants it (the record adds id, version and flags). */
export function bodyOf(template: CertificateTemplate): TemplateBody {
  return templateBodyRecord.parse(template);
}

/** "Mẫu", "Mẫu (2)", "Mẫu (3)"…: the first name no template has yet. */
export async function uniqueName(db: Kysely<Database>, name: string): Promise<string> {
  const rows = await db.selectFrom('certificate_templates').select('name').execute();
  const taken = new Set(rows.map((r) => r.name.normalize('NFC').toLocaleLowerCase('vi')));
  const base = name.normalize('NFC');
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase('vi')); n++) candidate = `${base} (${n})`;
  return candidate;
}

export async function insertTemplate(
  db: Kysely<Database>,
  body: TemplateBody,
  images: TemplateImages,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('certificate_templates')
    .values({
      builtin_key: null,
      name: body.name,
      body: JSON.stringify(body),
      version: 1,
      background: images.background,
      emblem: images.emblem,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves a template's design; its version goes up (the caller has claimed its revision). */
export async function saveTemplateBody(
  db: Kysely<Database>,
  id: number,
  body: TemplateBody,
  now: string,
): Promise<void> {
  await db
    .updateTable('certificate_templates')
    .set((eb) => ({
      name: body.name,
      body: JSON.stringify(body),
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/**
 * Sets or removes one image; an image is part of the design, so the version goes up too (the
 * caller has claimed the revision).
 */
export async function saveTemplateImage(
  db: Kysely<Database>,
  id: number,
  slot: keyof TemplateImages,
  image: Buffer | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('certificate_templates')
    .set((eb) => ({
      ...(slot === 'background' ? { background: image } : { emblem: image }),
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/** Deletes a template; returns how many rows went (0 or 1). */
export async function deleteTemplate(db: Kysely<Database>, id: number): Promise<number> {
  const result = await db.deleteFrom('certificate_templates').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}
