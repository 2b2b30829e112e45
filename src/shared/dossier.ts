import { z } from 'zod';
import { entityId, LIMITS, requiredLine, revision } from './fields';
import { exportedFileRecord } from './exports';

/**
 * The Word dossier: the council's minutes, the proposal (tờ trình), the decision and the payment
 * list, each filled from a .docx template the office may replace per conference.
 */

export const DOCUMENT_KINDS = ['minutes', 'proposal', 'decision', 'paymentList'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the office calls each paper (file names and the UI). */
export const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  minutes: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  proposal: 'Tờ trình đề nghị khen thưởng',
  decision: 'Quyết định khen thưởng',
  paymentList: 'Danh sách nhận tiền thưởng',
};

/** The minutes and the proposal come from a closed poll; the other two from a decision. */
export const POLL_DOCUMENTS = ['minutes', 'proposal'] as const satisfies readonly DocumentKind[];
export const DECISION_DOCUMENTS = ['decision', 'paymentList'] as const satisfies readonly DocumentKind[];

/** An uploaded template is refused above this size, before it is unzipped. */
export const MAX_DOCUMENT_TEMPLATE_BYTES = 5 * 1024 * 1024;

export const documentTemplateRecord = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  name: z.string(),
  /** False: the shipped template is used. */
  custom: z.boolean(),
  /** The stored template's revision; null while the shipped one is used. */
  revision: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
});
export type DocumentTemplate = z.infer<typeof documentTemplateRecord>;

export const documentTemplatesInput = z.object({ conferenceId: entityId() });

export const documentTemplateFileInput = z.object({
  conferenceId: entityId(),
  kind: z.enum(DOCUMENT_KINDS, { error: 'invalid' }),
});

export const documentTemplateUploadInput = z.object({
  conferenceId: entityId(),
  kind: z.enum(DOCUMENT_KINDS, { error: 'invalid' }),
  /** The revision the window saw; null when it saw the shipped template (nothing stored). */
  revision: revision().nullable(),
  contentBase64: z
    .string()
    // Twice the cap: the core refuses anything above the cap itself, saying why in Vietnamese.
    .max(Math.ceil((MAX_DOCUMENT_TEMPLATE_BYTES * 4) / 3) * 2, 'tooLong')
    .describe('The .docx file, base64.'),
});

export const documentTemplateResetInput = z.object({
  conferenceId: entityId(),
  kind: z.enum(DOCUMENT_KINDS, { error: 'invalid' }),
  revision: revision(),
});

export const pollDocumentInput = z.object({
  pollId: entityId(),
  kind: z.enum(POLL_DOCUMENTS, { error: 'invalid' }),
});

export const decisionDocumentInput = z.object({
  decisionId: entityId(),
  kind: z.enum(DECISION_DOCUMENTS, { error: 'invalid' }),
});

export const dossierFileRecord = exportedFileRecord;

/** The legal bases ("Căn cứ …") a decision of one issuer cites. */
export const legalBasesRecord = z.object({
  issuer: z.string(),
  bases: z.array(z.string()),
  /** False while the shipped defaults are shown. */
  custom: z.boolean(),
  revision: z.number().int().nullable(),
});

export const legalBasesGetInput = z.object({
  conferenceId: entityId().describe('Whose letterhead (Party or State) chooses the defaults.'),
  issuer: requiredLine(LIMITS.line),
});

export const legalBasesSaveInput = z.object({
  conferenceId: entityId(),
  issuer: requiredLine(LIMITS.line),
  /** The revision the window saw; null when it saw the defaults. */
  revision: revision().nullable(),
  bases: z.array(requiredLine(1000)).max(40, 'tooLong'),
});

/** What "Lập hồ sơ khen thưởng" starts from, for a closed poll. */
export const dossierPlanRecord = z.object({
  pollTitle: z.string(),
  /** The nominees who passed, in list order: those the decision awards. */
  nomineeIds: z.array(z.number().int()),
  collectives: z.number().int(),
  individuals: z.number().int(),
  /** The decision's fields as the conference's last list, its newest decision and the settings give them. */
  defaults: z.object({
    date: z.string(),
    issuer: z.string(),
    signerCapacity: z.string(),
    signerTitle: z.string(),
    signerName: z.string(),
    placeName: z.string(),
  }),
  /** A decision that already awards every nominee who passed: the wizard then only rewrites the files. */
  existing: z.object({ decisionId: z.number().int(), number: z.string() }).nullable(),
});
export type DossierPlan = z.infer<typeof dossierPlanRecord>;

export const dossierPlanInput = z.object({ pollId: entityId() });

export const dossierWriteAllInput = z.object({ pollId: entityId(), decisionId: entityId() });

export const dossierWrittenRecord = z.object({
  /** The folder named after the decision, in the exports folder. */
  folder: z.string(),
  files: z.array(exportedFileRecord),
});
