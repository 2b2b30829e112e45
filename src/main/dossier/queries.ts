import type { Kysely } from 'kysely';
import type { DocumentKind } from '../../shared/dossier';
import { foldVietnamese } from '../../shared/text';
import type { Database } from '../db/schema';

/** The Word templates and legal bases as stored; the only place of the dossier that writes SQL. */

export interface StoredTemplate {
  id: number;
  kind: DocumentKind;
  fileName: string;
  revision: number;
  updatedAt: string;
}

export async function listStoredTemplates(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<StoredTemplate[]> {
  const rows = await db
    .selectFrom('document_templates')
    .select(['id', 'kind', 'file_name', 'revision', 'updated_at'])
    .where('conference_id', '=', conferenceId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DocumentKind,
    fileName: r.file_name,
    revision: r.revision,
    updatedAt: r.updated_at,
  }));
}

export async function findStoredTemplate(
  db: Kysely<Database>,
  conferenceId: number,
  kind: DocumentKind,
): Promise<(StoredTemplate & { content: Buffer }) | null> {
  const row = await db
    .selectFrom('document_templates')
    .select(['id', 'kind', 'file_name', 'revision', 'updated_at', 'content'])
    .where('conference_id', '=', conferenceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    kind,
    fileName: row.file_name,
    revision: row.revision,
    updatedAt: row.updated_at,
    content: row.content,
  };
}

export async function insertTemplate(
  db: Kysely<Database>,
  values: { conferenceId: number; kind: DocumentKind; fileName: string; content: Buffer; now: string },
): Promise<void> {
  await db
    .insertInto('document_templates')
    .values({
      conference_id: values.conferenceId,
      kind: values.kind,
      file_name: values.fileName,
      content: values.content,
      created_at: values.now,
      updated_at: values.now,
    })
    .execute();
}

/** Replaces a template's file; the caller has claimed its revision. */
export async function replaceTemplate(
  db: Kysely<Database>,
  id: number,
  values: { fileName: string; content: Buffer; now: string },
): Promise<void> {
  await db
    .updateTable('document_templates')
    .set({ file_name: values.fileName, content: values.content, updated_at: values.now })
    .where('id', '=', id)
    .execute();
}

export async function deleteTemplate(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('document_templates').where('id', '=', id).execute();
}

export interface StoredLegalBases {
  id: number;
  bases: string[];
  revision: number;
}

export async function findLegalBases(db: Kysely<Database>, issuer: string): Promise<StoredLegalBases | null> {
  const row = await db
    .selectFrom('document_legal_bases')
    .select(['id', 'bases', 'revision'])
    .where('issuer_folded', '=', foldVietnamese(issuer.trim()))
    .executeTakeFirst();
  if (!row) return null;
  const parsed: unknown = JSON.parse(row.bases);
  const bases = Array.isArray(parsed) ? parsed.filter((b): b is string => typeof b === 'string') : [];
  return { id: row.id, bases, revision: row.revision };
}

export async function insertLegalBases(
  db: Kysely<Database>,
  issuer: string,
  bases: readonly string[],
  now: string,
): Promise<void> {
  await db
    .insertInto('document_legal_bases')
    .values({
      issuer: issuer.trim(),
      issuer_folded: foldVietnamese(issuer.trim()),
      bases: JSON.stringify(bases),
      updated_at: now,
    })
    .execute();
}

/** The caller has claimed the row's revision. */
export async function updateLegalBases(
  db: Kysely<Database>,
  id: number,
  bases: readonly string[],
  now: string,
): Promise<void> {
  await db
    .updateTable('document_legal_bases')
    .set({ bases: JSON.stringify(bases), updated_at: now })
    .where('id', '=', id)
    .execute();
}
