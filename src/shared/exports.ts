import { z } from 'zod';
import { entityId, LIMITS, optionalLine } from './fields';
import { isLocalDateTime } from './dates';
import { NOMINEE_KINDS, NOMINEE_STATUSES } from './nominees';
import { writtenFileRecord, type WrittenFile } from './files';

/**
 * Honoree lists (danh sách kèm theo quyết định) and the other exported files. One set of options
 * drives the Excel and the PDF list, so the two always say the same thing.
 */

/** Columns a list may show after STT, which is always first. */
export const LIST_COLUMNS = [
  'name',
  'gender',
  'birth',
  'position',
  'unit',
  'achievement',
  'awardForm',
  'proposingUnit',
  'notes',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** The official list's columns (DOMAIN.md: STT | Họ và tên | Chức vụ | Đơn vị | Thành tích | Hình thức | Ghi chú). */
export const DEFAULT_LIST_COLUMNS: ListColumn[] = [
  'name',
  'position',
  'unit',
  'achievement',
  'awardForm',
  'notes',
];

export const EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Order inside a section: as entered or imported, by person's name the Vietnamese way, or by unit. */
export const LIST_ORDERS = ['entry', 'name', 'unit'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

export const NUMBERINGS = ['continuous', 'per_section'] as const;
export type Numbering = (typeof NUMBERINGS)[number];

/** "" or a local date "YYYY-MM-DD". */
const optionalDate = () =>
  z
    .string({ error: 'invalid' })
    .trim()
    .default('')
    .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isLocalDateTime(v)), 'invalidDate');

/** What a list says besides its rows; kept per conference so the next export starts from it. */
export const listTextsShape = {
  title: optionalLine(LIMITS.line).describe('Bold title; a default is used when empty.'),
  decisionNumber: optionalLine(LIMITS.shortText).describe('e.g. "123-QĐ/ThU"; dots are printed when empty.'),
  decisionDate: optionalDate().describe('"YYYY-MM-DD" or "".'),
  decisionIssuer: optionalLine(LIMITS.line).describe('e.g. "Ban Thường vụ Thị ủy".'),
  signerCapacity: optionalLine(LIMITS.shortText).describe('e.g. "T/M BAN THƯỜNG VỤ".'),
  signerTitle: optionalLine(LIMITS.shortText).describe('e.g. "BÍ THƯ".'),
  signerName: optionalLine(LIMITS.shortText),
};

export const listLayoutShape = {
  columns: z
    .array(z.enum(LIST_COLUMNS, { error: 'invalid' }))
    .min(1, 'required')
    .max(LIST_COLUMNS.length, 'tooLong')
    .refine((cols) => new Set(cols).size === cols.length, 'invalid')
    .refine((cols) => cols.includes('name'), 'nameColumnRequired')
    .default(DEFAULT_LIST_COLUMNS),
  groupByAwardForm: z.boolean().default(false),
  numbering: z.enum(NUMBERINGS).default('continuous'),
  order: z.enum(LIST_ORDERS).default('entry'),
  withHonorific: z.boolean().default(false).describe('Write "Ông"/"Bà" before a person\'s name.'),
};

export const listSelectionShape = {
  statuses: z
    .array(z.enum(NOMINEE_STATUSES, { error: 'invalid' }))
    .min(1, 'required')
    .max(NOMINEE_STATUSES.length)
    .default(['duoc_duyet']),
  kinds: z
    .array(z.enum(NOMINEE_KINDS, { error: 'invalid' }))
    .max(NOMINEE_KINDS.length)
    .default([]),
  awardFormIds: z.array(entityId()).max(200).default([]),
};

export const listOptionsRecord = z.object({
  ...listTextsShape,
  ...listLayoutShape,
  ...listSelectionShape,
});
export type ListOptions = z.output<typeof listOptionsRecord>;

export const listDefaultsInput = z.object({ conferenceId: entityId() });

export const honoreeListInput = z.object({
  conferenceId: entityId(),
  format: z.enum(EXPORT_FORMATS, { error: 'invalid' }),
  options: listOptionsRecord,
  /** Without extension; forbidden characters are replaced. A default is made from the title. */
  fileName: optionalLine(LIMITS.shortText),
});

/** A file the core wrote into the exports folder (see files.ts): where it is, never its bytes. */
export const exportedFileRecord = writtenFileRecord;
export type ExportedFile = WrittenFile;

export const pollResultsInput = z.object({
  conferenceId: entityId(),
  format: z.enum(EXPORT_FORMATS, { error: 'invalid' }),
});
