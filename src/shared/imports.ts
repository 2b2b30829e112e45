import { z } from 'zod';
import { entityId, LIMITS, requiredLine } from './fields';
import { NOMINEE_KINDS, nomineeFieldShape, pastAwardRecord } from './nominees';

/** What a column of an incoming list can mean. */
export const IMPORT_FIELDS = [
  'stt',
  'fullName',
  'honorific',
  'kind',
  'gender',
  'birth',
  'position',
  'unit',
  'achievement',
  'awardForm',
  'proposingUnit',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Largest file accepted (checked again by the core before parsing). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

export const importColumnRecord = z.object({
  /** 0-based column index in the sheet. */
  index: z.number().int(),
  heading: z.string(),
  field: z.enum(IMPORT_FIELDS).nullable(),
});
export type ImportColumn = z.infer<typeof importColumnRecord>;

export const importIssueRecord = z.object({
  field: z.string(),
  /** A key of `importIssues` in messages (e.g. "missingName", "unknownAwardForm"). */
  key: z.string(),
  /** Extra text for the message, e.g. the award form as written. */
  value: z.string().optional(),
});
export type ImportIssue = z.infer<typeof importIssueRecord>;

/** One nominee row as read from the file, after conversion, ready to review. */
export const importRowRecord = z.object({
  /** Excel row number (1-based), as the person sees it in Excel. */
  rowNumber: z.number().int(),
  kind: z.enum(NOMINEE_KINDS),
  honorific: z.enum(['ong', 'ba']).nullable(),
  fullName: z.string(),
  gender: z.enum(['nam', 'nu']).nullable(),
  birth: z.string(),
  position: z.string(),
  unitName: z.string(),
  achievement: z.string(),
  awardFormId: z.number().int().nullable(),
  /** The award form as written in the file. */
  awardFormText: z.string(),
  proposingUnitName: z.string(),
  notes: z.string(),
  /** Legacy encodings converted in this row ("tcvn3", "vni"). */
  encodings: z.array(z.string()),
  issues: z.array(importIssueRecord),
  /** Row number of an earlier row of the file with the same name and unit. */
  duplicateOfRow: z.number().int().nullable(),
  /** Already a nominee of this conference. */
  alreadyNominated: z.boolean(),
  history: z.array(pastAwardRecord),
});
export type ImportRow = z.infer<typeof importRowRecord>;

export const importPreviewRecord = z.object({
  importId: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  sheetNames: z.array(z.string()),
  /** 1-based Excel row of the heading (the last one when it spans two rows); 0 if none found. */
  headerRow: z.number().int(),
  columns: z.array(importColumnRecord),
  rows: z.array(importRowRecord),
  /** The column mapping came from an earlier file with the same headings. */
  mappingRemembered: z.boolean(),
  /**
   * Why no row was read: the sheet is empty, no column holds the names, or no row under the
   * heading has one. Null when rows were read.
   */
  emptyReason: z.enum(['noData', 'noNameColumn', 'noRows']).nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewRecord>;

/** 20 MB of file is about 27 MB of base64. */
const MAX_BASE64 = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 16;

export const importOpenInput = z.object({
  conferenceId: entityId(),
  fileName: requiredLine(255),
  contentBase64: z.string().min(1, 'required').max(MAX_BASE64, 'tooLong'),
});

export const importRemapInput = z.object({
  importId: z.string().max(64),
  sheetName: z.string().max(LIMITS.line).optional(),
  headerRow: z.number().int().min(1).max(50).optional(),
  /** Column index → field; a field may be used by one column only. */
  mapping: z.record(z.string().regex(/^\d{1,3}$/), z.enum(IMPORT_FIELDS).nullable()).optional(),
});

/** A row as corrected in the preview. */
export const importRowEdit = z.object({
  rowNumber: z.number().int().min(1),
  ...nomineeFieldShape,
});

export const importCommitInput = z.object({
  importId: z.string().max(64),
  /** Rows left out on purpose. */
  exclude: z.array(z.number().int().min(1)).max(100_000).default([]),
  edits: z.array(importRowEdit).max(100_000).default([]),
  /**
   * Rows already nominees of the conference (same kind, name and unit) that the person chose to
   * write again anyway. Any other such row is refused and nothing is written.
   */
  writeAlreadyNominated: z.array(z.number().int().min(1)).max(100_000).default([]),
  rememberMapping: z.boolean().default(true),
});

export const importResultRecord = z.object({
  created: z.number().int(),
  unitsCreated: z.number().int(),
  conferenceId: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultRecord>;
