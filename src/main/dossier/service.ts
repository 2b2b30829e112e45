import type { Kysely } from 'kysely';
import {
  DOCUMENT_KINDS,
  DOCUMENT_NAMES,
  MAX_DOCUMENT_TEMPLATE_BYTES,
  type DocumentKind,
  type DocumentTemplate,
} from '../../shared/dossier';
import { AppError, notFound } from '../core/app-error';
import { claimRevision, STALE_RECORD } from '../db/revision';
import type { Database } from '../db/schema';
import { documentHeading } from '../documents/heading';
import { findConference } from '../conferences/queries';
import {
  deleteTemplate,
  findLegalBases,
  findStoredTemplate,
  insertLegalBases,
  insertTemplate,
  listStoredTemplates,
  replaceTemplate,
  updateLegalBases,
} from './queries';
import { defaultLegalBases, shippedTemplate } from './shipped';
import { checkTemplate, fillTemplate, TEMPLATE_REFUSED } from './template-engine';
import type { DocumentSource } from './read';
import { transact } from '../db/transact';

/** The templates a conference uses, and the rules for replacing them. */

const WHAT = 'mẫu văn bản';

async function requireConference(db: Kysely<Database>, conferenceId: number): Promise<void> {
  if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
}

export async function listDocumentTemplates(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<DocumentTemplate[]> {
  await requireConference(db, conferenceId);
  const stored = new Map((await listStoredTemplates(db, conferenceId)).map((t) => [t.kind, t]));
  return DOCUMENT_KINDS.map((kind) => {
    const row = stored.get(kind);
    return {
      kind,
      name: DOCUMENT_NAMES[kind],
      custom: row !== undefined,
      revision: row?.revision ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

/** The template a document of this conference is filled from: the office's, else the shipped one. */
export async function templateFor(
  db: Kysely<Database>,
  conferenceId: number,
  kind: DocumentKind,
  partyHeader: boolean,
): Promise<Buffer> {
  const stored = await findStoredTemplate(db, conferenceId, kind);
  return stored?.content ?? shippedTemplate(kind, partyHeader ? 'party' : 'state');
}

/** The filled .docx of a document. */
export async function renderDocument(db: Kysely<Database>, source: DocumentSource): Promise<Buffer> {
  const template = await templateFor(db, source.conferenceId, source.kind, source.partyHeader);
  return fillTemplate(template, source.data);
}

/** The template in use, as a .docx the office opens in Word. */
export async function currentTemplate(
  db: Kysely<Database>,
  conferenceId: number,
  kind: DocumentKind,
): Promise<Buffer> {
  const heading = await documentHeading(db, conferenceId);
  return templateFor(db, conferenceId, kind, heading.partyHeader);
}

export function decodeTemplate(contentBase64: string): Buffer {
  if ((contentBase64.length * 3) / 4 > MAX_DOCUMENT_TEMPLATE_BYTES + 3)
    throw new AppError(
      'FILE_REJECTED',
      `${TEMPLATE_REFUSED}: tệp lớn hơn 5 MB. Mẫu đang dùng được giữ nguyên.`,
    );
  return Buffer.from(contentBase64, 'base64');
}

export interface TemplateUpload {
  conferenceId: number;
  kind: DocumentKind;
  revision: number | null;
  content: Buffer;
  now: string;
}

/**
 * Stores an office's template after checking it; a refused file changes nothing. `revision` is
 * the stored template's the window saw, or null when it saw the shipped one: a template stored
 * since (by another window) is then not overwritten.
 */
export async function uploadTemplate(db: Kysely<Database>, upload: TemplateUpload): Promise<void> {
  await requireConference(db, upload.conferenceId);
  checkTemplate(upload.kind, upload.content);
  const fileName = `${DOCUMENT_NAMES[upload.kind]}.docx`;
  await transact(db, async (trx) => {
    const stored = await findStoredTemplate(trx, upload.conferenceId, upload.kind);
    if (!stored) {
      if (upload.revision !== null) throw new AppError('CONFLICT', STALE_RECORD);
      await insertTemplate(trx, { ...upload, fileName });
      return;
    }
    if (upload.revision === null)
      throw new AppError('CONFLICT', STALE_RECORD, {
        stale: { table: 'document_templates', id: stored.id, revision: stored.revision },
      });
    await claimRevision(trx, 'document_templates', stored.id, upload.revision, WHAT);
    await replaceTemplate(trx, stored.id, { fileName, content: upload.content, now: upload.now });
  });
}

/** Goes back to the shipped template, if the stored one is still the revision the window saw. */
export async function resetTemplate(
  db: Kysely<Database>,
  conferenceId: number,
  kind: DocumentKind,
  revision: number,
): Promise<void> {
  await transact(db, async (trx) => {
    const stored = await findStoredTemplate(trx, conferenceId, kind);
    if (!stored) throw new AppError('CONFLICT', STALE_RECORD);
    await claimRevision(trx, 'document_templates', stored.id, revision, WHAT);
    await deleteTemplate(trx, stored.id);
  });
}

export interface LegalBases {
  issuer: string;
  bases: string[];
  /** False while the defaults are shown. */
  custom: boolean;
  revision: number | null;
}

export async function readLegalBases(
  db: Kysely<Database>,
  issuer: string,
  partyHeader: boolean,
): Promise<LegalBases> {
  const stored = await findLegalBases(db, issuer);
  return {
    issuer: issuer.trim(),
    bases: stored?.bases ?? defaultLegalBases(partyHeader),
    custom: stored !== null,
    revision: stored?.revision ?? null,
  };
}

/** Saves an issuer's list on the revision the window saw (null: it saw the defaults). */
export async function saveLegalBases(
  db: Kysely<Database>,
  issuer: string,
  revision: number | null,
  bases: readonly string[],
  now: string,
): Promise<void> {
  const cleaned = bases.map((b) => b.normalize('NFC').trim()).filter((b) => b.length > 0);
  await transact(db, async (trx) => {
    const stored = await findLegalBases(trx, issuer);
    if (!stored) {
      if (revision !== null) throw new AppError('CONFLICT', STALE_RECORD);
      await insertLegalBases(trx, issuer, cleaned, now);
      return;
    }
    if (revision === null)
      throw new AppError('CONFLICT', STALE_RECORD, {
        stale: { table: 'document_legal_bases', id: stored.id, revision: stored.revision },
      });
    await claimRevision(trx, 'document_legal_bases', stored.id, revision, 'danh sách căn cứ');
    await updateLegalBases(trx, stored.id, cleaned, now);
  });
}
