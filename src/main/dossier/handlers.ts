import { writeFile } from 'node:fs/promises';
import type { dossierMethods } from '../../shared/api/contract-dossier';
import { DOCUMENT_NAMES, type DocumentKind } from '../../shared/dossier';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import { documentHeading } from '../documents/heading';
import { exportFileName, writeExport } from '../exports/files';
import { decisionDocumentSource, pollDocumentSource } from './read';
import { dossierPlan, writeDossier } from './wizard';
import {
  currentTemplate,
  decodeTemplate,
  listDocumentTemplates,
  readLegalBases,
  renderDocument,
  resetTemplate,
  saveLegalBases,
  uploadTemplate,
} from './service';

type DossierHandlers = HandlersOf<typeof dossierMethods>;

export function dossierHandlers(ctx: CoreContext): DossierHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();

  const save = (kind: DocumentKind, which: string, bytes: Buffer, rows: number) =>
    writeExport({
      dir: ctx.exportsDir,
      files: ctx.files,
      fileName: exportFileName(DOCUMENT_NAMES[kind], which, 'docx'),
      rows,
      write: (path) => writeFile(path, bytes),
    });

  return {
    'dossier.list': ({ conferenceId }) => listDocumentTemplates(ctx.store.readDb, conferenceId),

    'dossier.templateFile': async ({ conferenceId, kind }) =>
      save(kind, 'mẫu', await currentTemplate(db, conferenceId, kind), 1),

    'dossier.uploadTemplate': async ({ conferenceId, kind, revision, contentBase64 }) => {
      const content = decodeTemplate(contentBase64);
      await uploadTemplate(db, { conferenceId, kind, revision, content, now: now() });
      return listDocumentTemplates(db, conferenceId);
    },

    'dossier.resetTemplate': async ({ conferenceId, kind, revision }) => {
      await resetTemplate(db, conferenceId, kind, revision);
      return listDocumentTemplates(db, conferenceId);
    },

    'dossier.pollDocument': async ({ pollId, kind }) => {
      const source = await pollDocumentSource(db, pollId, kind, ctx.now());
      return save(kind, source.which, await renderDocument(db, source), 1);
    },

    'dossier.decisionDocument': async ({ decisionId, kind }) => {
      const source = await decisionDocumentSource(db, decisionId, kind);
      return save(kind, source.which, await renderDocument(db, source), 1);
    },

    'dossier.plan': ({ pollId }) => {
      const now = ctx.now();
      const pad = (n: number) => String(n).padStart(2, '0');
      const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      return dossierPlan(ctx.store.readDb, pollId, today);
    },

    'dossier.writeAll': ({ pollId, decisionId }) => writeDossier(db, ctx, pollId, decisionId, ctx.now()),

    'legalBases.get': async ({ conferenceId, issuer }) => {
      const { partyHeader } = await documentHeading(ctx.store.readDb, conferenceId);
      return readLegalBases(ctx.store.readDb, issuer, partyHeader);
    },

    'legalBases.save': async ({ conferenceId, issuer, revision, bases }) => {
      const { partyHeader } = await documentHeading(db, conferenceId);
      await saveLegalBases(db, issuer, revision, bases, now());
      return readLegalBases(db, issuer, partyHeader);
    },
  };
}
