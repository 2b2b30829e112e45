import { z } from 'zod';
import { isLocalDateTime } from './dates';
import { entityId, LIMITS, optionalLine, requiredLine, revisedId, revision } from './fields';

/**
 * Award decisions, register numbers (số sổ vàng) and certificate templates (DOMAIN.md, "A
 * certificate"). Every position and size on a template is in millimetres from the top-left
 * corner of the sheet; font sizes are in points.
 */

const optionalDate = () =>
  z
    .string({ error: 'invalid' })
    .trim()
    .default('')
    .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isLocalDateTime(v)), 'invalidDate');

// ---------------------------------------------------------------- decisions and registers

/** A register (sổ vàng): numbers "<prefix><running number><suffix>", e.g. "125/KT", never twice. */
export const registerRecord = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  suffix: z.string().describe('e.g. "/KT" in "125/KT".'),
  /** Digits of the running number, zero-padded (0 = as is). */
  padding: z.number().int(),
  nextNumber: z.number().int().describe('The number the next award gets.'),
  revision: z.number().int().describe('Goes up on every change, the counter moving on included.'),
});
export type Register = z.infer<typeof registerRecord>;

export const registerInput = z.object({
  name: requiredLine(LIMITS.shortText),
  prefix: optionalLine(20),
  suffix: optionalLine(20),
  padding: z.number({ error: 'invalid' }).int('invalid').min(0, 'invalid').max(8, 'invalid').default(0),
  nextNumber: z
    .number({ error: 'invalid' })
    .int('invalid')
    .min(1, 'invalid')
    .max(99_999_999, 'invalid')
    .default(1),
});
export const registerUpdateInput = registerInput.extend({ id: entityId(), revision: revision() });

/** The award decision (Quyết định khen thưởng) a list and its certificates cite. */
export const decisionRecord = z.object({
  id: z.number().int(),
  conferenceId: z.number().int(),
  number: z.string().describe('e.g. "123-QĐ/ThU".'),
  date: z.string().describe('"YYYY-MM-DD".'),
  issuer: z.string().describe('e.g. "Ban Thường vụ Thị ủy Kỳ Anh".'),
  signerCapacity: z.string().describe('"T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"…'),
  signerTitle: z.string(),
  signerName: z.string(),
  placeName: z.string().describe('For "Kỳ Anh, ngày 19 tháng 5 năm 2021".'),
  registerId: z.number().int().nullable(),
  awardCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().describe('Goes up on every change, awards given included.'),
});
export type Decision = z.infer<typeof decisionRecord>;

const decisionFieldShape = {
  number: requiredLine(LIMITS.shortText),
  date: optionalDate().refine((v) => v !== '', 'required'),
  issuer: optionalLine(LIMITS.line),
  signerCapacity: optionalLine(LIMITS.shortText),
  signerTitle: optionalLine(LIMITS.shortText),
  signerName: optionalLine(LIMITS.shortText),
  placeName: optionalLine(LIMITS.shortText),
  registerId: entityId().nullable().default(null),
};
export const decisionCreateInput = z.object({ conferenceId: entityId(), ...decisionFieldShape });
export const decisionUpdateInput = z.object({ id: entityId(), revision: revision(), ...decisionFieldShape });
export const decisionListInput = z.object({ conferenceId: entityId() });

/** One award: a nominee, the form given, the decision, and the register number it got. */
export const awardRecord = z.object({
  id: z.number().int(),
  decisionId: z.number().int(),
  nomineeId: z.number().int(),
  awardFormId: z.number().int(),
  awardFormName: z.string(),
  awardFormRank: z.number().int(),
  kind: z.enum(['tap_the', 'ca_nhan', 'ho_gia_dinh']),
  honorific: z.enum(['ong', 'ba']).nullable(),
  fullName: z.string(),
  position: z.string(),
  unitName: z.string(),
  achievement: z.string(),
  registerNumber: z.string().describe('"" until numbered.'),
  printCount: z.number().int().describe('Times its certificate was printed (0 = never).'),
  lastPrintedAt: z.string().nullable(),
  rewardAmount: z
    .number()
    .int()
    .nullable()
    .describe('Đồng, as issued with the decision; null when it carries no reward money.'),
});
export type AwardEntry = z.infer<typeof awardRecord>;

/** Gives the decision's awards to approved nominees and numbers them in rank, then list, order. */
export const decisionAssignInput = z.object({
  decisionId: entityId(),
  /** The decision as the window shows it: awards given from an older view are refused. */
  revision: revision(),
  nomineeIds: z.array(entityId()).min(1, 'required').max(100_000, 'tooLong'),
  /**
   * The register's next number as the confirmation showed it: if numbers were given from the
   * register since, the awards would get other numbers than confirmed, so it is refused.
   */
  registerNext: z.number().int().min(0).optional(),
});
export const decisionIdInput = z.object({ id: entityId() });

/** What decisions.assign would do with these nominees, written nowhere: shown before confirming. */
export const decisionAssignPreviewInput = decisionAssignInput.pick({ decisionId: true, nomineeIds: true });
export const assignPreviewRecord = z.object({
  /** The decision's revision the preview was read at: the assignment names it. */
  revision: z.number().int(),
  /** Awards that would be added, and the nominees skipped because the decision already awards them. */
  added: z.number().int(),
  alreadyAwarded: z.number().int(),
  /** Added awards per form, highest form first. */
  byForm: z.array(z.object({ awardFormName: z.string(), count: z.number().int() })),
  /** The numbers they would get, or null when the decision has no register (or adds nothing). */
  numbers: z
    .object({
      registerId: z.number().int(),
      registerName: z.string(),
      first: z.string(),
      last: z.string(),
      /** The register's next number now, and after the assignment. */
      nextBefore: z.number().int(),
      nextAfter: z.number().int(),
    })
    .nullable(),
});
export type AssignPreview = z.infer<typeof assignPreviewRecord>;
export const decisionDeleteInput = revisedId();

// ---------------------------------------------------------------- templates

export const PAGE_PRESETS = {
  a4_landscape: { widthMm: 297, heightMm: 210 },
  a4_portrait: { widthMm: 210, heightMm: 297 },
  a3_landscape: { widthMm: 420, heightMm: 297 },
  a3_portrait: { widthMm: 297, heightMm: 420 },
  bang_khen: { widthMm: 400, heightMm: 300 },
} as const;
export const PAGE_KINDS = [
  ...(Object.keys(PAGE_PRESETS) as (keyof typeof PAGE_PRESETS)[]),
  'custom',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Bundled faces with every Vietnamese letter: serif body text, a script for names, bold titles. */
export const FONT_KEYS = ['serif', 'serif_italic', 'serif_bold', 'script'] as const;
export type FontKey = (typeof FONT_KEYS)[number];

/** What each field prints; `text` fields print their own fixed text ("TẶNG"). */
export const FIELD_KEYS = [
  'emblem',
  'motto',
  'issuer',
  'tang',
  'formTitle',
  'recipient',
  'positionUnit',
  'achievement',
  'decisionLine',
  'registerNumber',
  'datedLine',
  'signerCapacity',
  'signerTitle',
  'signerName',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

const mmValue = (max = 2000) => z.number({ error: 'invalid' }).min(-max, 'invalid').max(max, 'invalid');

export const templateFieldRecord = z.object({
  key: z.enum(FIELD_KEYS),
  enabled: z.boolean(),
  /** Box of the field: top-left corner and size, in mm. */
  x: mmValue(),
  y: mmValue(),
  width: z.number({ error: 'invalid' }).positive('positive').max(2000, 'invalid'),
  height: z.number({ error: 'invalid' }).positive('positive').max(2000, 'invalid'),
  font: z.enum(FONT_KEYS),
  /** Wanted size, and the smallest it may shrink to before wrapping, in points. */
  size: z.number({ error: 'invalid' }).positive('positive').max(400, 'invalid'),
  minSize: z.number({ error: 'invalid' }).positive('positive').max(400, 'invalid'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'invalid'),
  align: z.enum(['left', 'center', 'right']),
  uppercase: z.boolean(),
  /** Fixed text for fields that have it ("TẶNG"), or a prefix such as "Số: " for the number. */
  text: z.string().max(LIMITS.line, 'tooLong'),
});
export type TemplateField = z.infer<typeof templateFieldRecord>;

export const templateBodyRecord = z.object({
  name: z.string().min(1, 'required').max(LIMITS.shortText, 'tooLong'),
  page: z.object({
    kind: z.enum(PAGE_KINDS),
    widthMm: z.number().min(50, 'invalid').max(1000, 'invalid'),
    heightMm: z.number().min(50, 'invalid').max(1000, 'invalid'),
  }),
  /** Heading on the top right: the Party's name or the national motto. */
  partyHeader: z.boolean(),
  fields: z.array(templateFieldRecord).max(FIELD_KEYS.length),
  /** Print the scanned background too (plain paper), or only the text (pre-printed blanks). */
  printBackground: z.boolean(),
  /** Per-printer correction, applied to every field when printing. */
  offset: z.object({
    xMm: z.number().min(-50, 'invalid').max(50, 'invalid'),
    yMm: z.number().min(-50, 'invalid').max(50, 'invalid'),
    scale: z.number().min(0.5, 'invalid').max(1.5, 'invalid'),
  }),
});
export type TemplateBody = z.infer<typeof templateBodyRecord>;

export const templateRecord = templateBodyRecord.extend({
  id: z.number().int(),
  /** Goes up on every save; each printed certificate records the version it used. */
  version: z.number().int(),
  /** The record's revision: goes up on every write, images included; sent back by every change. */
  revision: z.number().int(),
  builtIn: z.boolean().describe('Shipped templates can be copied, not changed.'),
  hasBackground: z.boolean(),
  hasEmblem: z.boolean(),
  updatedAt: z.string(),
});
export type CertificateTemplate = z.infer<typeof templateRecord>;

export const templateSaveInput = z.object({ id: entityId(), revision: revision(), body: templateBodyRecord });
export const templateCopyInput = z.object({ id: entityId(), name: requiredLine(LIMITS.shortText) });
export const templateIdInput = z.object({ id: entityId() });
export const templateDeleteInput = revisedId();

/** Background and emblem images: PNG or JPEG, at most 20 MB. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const IMAGE_SLOTS = ['background', 'emblem'] as const;
export const templateImageInput = z.object({
  id: entityId(),
  revision: revision(),
  slot: z.enum(IMAGE_SLOTS),
  /** null removes the image. */
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, 'tooLarge')
    .nullable(),
});

export const templateImageGetInput = z.object({ id: entityId(), slot: z.enum(IMAGE_SLOTS) });
export const templateImageRecord = z.object({
  mime: z.enum(['image/png', 'image/jpeg']).nullable(),
  contentBase64: z.string().nullable().describe('null when the template has no such image.'),
});

/** A template as a file, to move it between installations. */
export const templateFileRecord = z.object({
  format: z.literal('hoi-nghi-template'),
  version: z.literal(1),
  body: templateBodyRecord,
  backgroundBase64: z.string().nullable(),
  emblemBase64: z.string().nullable(),
});
/**
 * Largest template file: both images at their limit, base64 inside the JSON, plus the body.
 * The file itself crosses the API as base64 again, hence the second 4/3.
 */
export const MAX_TEMPLATE_FILE_BYTES = Math.ceil((2 * MAX_IMAGE_BYTES * 4) / 3) + 1024 * 1024;
export const templateImportInput = z.object({
  contentBase64: z.string().max(Math.ceil((MAX_TEMPLATE_FILE_BYTES * 4) / 3) + 4, 'tooLarge'),
});

// ---------------------------------------------------------------- preview, checks and printing

/** The text of one certificate, as the fields print it. */
export const certificateTextRecord = z.object({
  issuer: z.string(),
  formTitle: z.string(),
  recipient: z.string(),
  positionUnit: z.string(),
  achievement: z.string(),
  decisionLine: z.string(),
  registerNumber: z.string(),
  datedLine: z.string(),
  signerCapacity: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
});
export type CertificateText = z.infer<typeof certificateTextRecord>;

/** One laid-out field: where each line goes and at which size, to draw the preview exactly. */
export const fieldLayoutRecord = z.object({
  key: z.enum(FIELD_KEYS),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  font: z.enum(FONT_KEYS),
  size: z.number().describe('Points, after shrinking to fit.'),
  color: z.string(),
  align: z.enum(['left', 'center', 'right']),
  lines: z.array(z.object({ text: z.string(), x: z.number(), baseline: z.number(), width: z.number() })),
  /** True when even the minimum size with wrapping does not fit the box. */
  overflows: z.boolean(),
});
export type FieldLayout = z.infer<typeof fieldLayoutRecord>;

export const previewInput = z.object({
  /** An unsaved template as edited, so the preview follows every keystroke. */
  body: templateBodyRecord,
  templateId: entityId().nullable().default(null),
  awardId: entityId().nullable().default(null),
  /** With no award: the sample honoree under this decision's number, date, issuer and signer. */
  decisionId: entityId().nullable().default(null),
});
export const previewRecord = z.object({
  widthMm: z.number(),
  heightMm: z.number(),
  fields: z.array(fieldLayoutRecord),
  text: certificateTextRecord,
});
export type CertificatePreview = z.infer<typeof previewRecord>;

export const batchSelectionShape = {
  conferenceId: entityId(),
  templateId: entityId(),
  decisionId: entityId().nullable().default(null),
  awardFormId: entityId().nullable().default(null),
  kind: z.enum(['tap_the', 'ca_nhan', 'ho_gia_dinh']).nullable().default(null),
  unitId: entityId().nullable().default(null),
  /** A hand-picked selection; empty means all that the filters match. */
  awardIds: z.array(entityId()).max(100_000, 'tooLong').default([]),
};
export const batchCheckInput = z.object(batchSelectionShape);

export const PROBLEM_KINDS = ['nameTooLong', 'noDecisionNumber', 'noRegisterNumber', 'overflow'] as const;
export const batchProblemRecord = z.object({
  awardId: z.number().int(),
  fullName: z.string(),
  problem: z.enum(PROBLEM_KINDS),
  field: z.enum(FIELD_KEYS).nullable(),
  message: z.string(),
});
export const batchCheckRecord = z.object({
  count: z.number().int(),
  problems: z.array(batchProblemRecord),
});

export const batchPrintInput = z.object({
  ...batchSelectionShape,
  /** Print even with problems the user has seen. */
  acceptProblems: z.boolean().default(false),
  jobId: z.string().min(8).max(64).describe('Chosen by the caller, so it can cancel and follow progress.'),
});
export const jobCancelInput = z.object({ jobId: z.string().min(8).max(64) });
