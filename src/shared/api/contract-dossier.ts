import { z } from 'zod';
import {
  decisionDocumentInput,
  documentTemplateFileInput,
  documentTemplateRecord,
  documentTemplateResetInput,
  documentTemplatesInput,
  documentTemplateUploadInput,
  dossierFileRecord,
  dossierPlanInput,
  dossierPlanRecord,
  dossierWriteAllInput,
  dossierWrittenRecord,
  legalBasesGetInput,
  legalBasesRecord,
  legalBasesSaveInput,
  MAX_DOCUMENT_TEMPLATE_BYTES,
  pollDocumentInput,
} from '../dossier';
import { method } from './method';

/** The Word dossier: its documents, the templates they are filled from, the legal bases. */
export const dossierMethods = {
  'dossier.list': method({
    input: documentTemplatesInput,
    output: z.array(documentTemplateRecord),
    summary: "The conference's four Word templates: the office's own or the shipped one.",
  }),
  'dossier.templateFile': method({
    input: documentTemplateFileInput,
    output: dossierFileRecord,
    summary: 'Writes the template in use (.docx, with its {tags}) into the exports folder, to edit in Word.',
  }),
  'dossier.uploadTemplate': method({
    input: documentTemplateUploadInput,
    output: z.array(documentTemplateRecord),
    summary:
      'Loads an edited .docx template after checking it (size, tags known to the document, loops closed); a refused file (FILE_REJECTED, the paragraph and tag named) or a stale revision (CONFLICT) changes nothing.',
    maxBodyBytes: Math.ceil((MAX_DOCUMENT_TEMPLATE_BYTES * 4) / 3) * 2 + 64 * 1024,
  }),
  'dossier.resetTemplate': method({
    input: documentTemplateResetInput,
    output: z.array(documentTemplateRecord),
    summary: 'Goes back to the shipped template, on the revision the window saw.',
  }),
  'dossier.pollDocument': method({
    input: pollDocumentInput,
    output: dossierFileRecord,
    summary:
      'Writes the council minutes or the proposal (tờ trình, with the annex) of a closed poll as .docx.',
  }),
  'dossier.decisionDocument': method({
    input: decisionDocumentInput,
    output: dossierFileRecord,
    summary: 'Writes the decision (with the annex) or the payment list of a decision as .docx.',
  }),
  'dossier.plan': method({
    input: dossierPlanInput,
    output: dossierPlanRecord,
    summary:
      'What "Lập hồ sơ khen thưởng" starts from for a closed poll: who passed, the decision fields prefilled, and a decision that already awards them all.',
  }),
  'dossier.writeAll': method({
    input: dossierWriteAllInput,
    output: dossierWrittenRecord,
    summary:
      'Writes the minutes, the proposal, the decision with its annex and the payment list into one folder named after the decision; a file already there keeps its name and the new one gets " (2)".',
  }),
  'legalBases.get': method({
    input: legalBasesGetInput,
    output: legalBasesRecord,
    summary: 'The legal bases ("Căn cứ …") decisions of an issuer cite: as edited, else the defaults.',
  }),
  'legalBases.save': method({
    input: legalBasesSaveInput,
    output: legalBasesRecord,
    summary: "Saves an issuer's legal bases on the revision the window saw (null: the defaults).",
  }),
};
