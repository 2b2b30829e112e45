import { z } from 'zod';
import { isLocalDateTime } from './dates';
import {
  entityId,
  LIMITS,
  line,
  optionalLine,
  optionalMultiline,
  requiredLine,
  revisedId,
  revision,
  searchText,
} from './fields';

export const NOMINEE_KINDS = ['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const HONORIFICS = ['ong', 'ba'] as const;
export type Honorific = (typeof HONORIFICS)[number];

export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];

/** đề nghị → được duyệt / không được duyệt; rút = withdrawn by the proposing unit. */
export const NOMINEE_STATUSES = ['de_nghi', 'duoc_duyet', 'khong_duoc_duyet', 'rut'] as const;
export type NomineeStatus = (typeof NOMINEE_STATUSES)[number];

export const NOMINEE_SORT_COLUMNS = [
  'name',
  'kind',
  'position',
  'unit',
  'awardForm',
  'status',
  'source',
  /** The list's own order: sections, then the order the file or the entry gave. */
  'list',
] as const;
export type NomineeSortColumn = (typeof NOMINEE_SORT_COLUMNS)[number];

/** An earlier award of the same person or collective, shown so it is not rewarded twice. */
export const pastAwardRecord = z.object({
  conferenceId: z.number().int(),
  conferenceTitle: z.string(),
  year: z.number().int(),
  awardFormName: z.string(),
});
export type PastAward = z.infer<typeof pastAwardRecord>;

export const nomineeRecord = z.object({
  id: z.number().int(),
  /** Sent back by an update or delete; see `revision()` in fields.ts. */
  revision: z.number().int(),
  conferenceId: z.number().int(),
  kind: z.enum(NOMINEE_KINDS),
  honorific: z.enum(HONORIFICS).nullable(),
  fullName: z.string().describe("A person's full name, or the collective's name."),
  gender: z.enum(GENDERS).nullable(),
  birth: z.string().describe('"YYYY" or "YYYY-MM-DD", or "" when unknown.'),
  position: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string(),
  achievement: z.string(),
  awardFormId: z.number().int().nullable(),
  awardFormName: z.string(),
  proposingUnitName: z.string(),
  status: z.enum(NOMINEE_STATUSES),
  notes: z.string(),
  sourceFile: z.string(),
  sourceRow: z.number().int().nullable(),
  /** Other nominees of the same conference with the same folded name and unit. */
  duplicateIds: z.array(z.number().int()),
  /** Approved awards of the same person in earlier conferences. */
  history: z.array(pastAwardRecord),
});
export type Nominee = z.infer<typeof nomineeRecord>;

/** A year alone, or a real calendar date. */
const isBirth = (v: string): boolean =>
  v === '' || /^\d{4}$/.test(v) || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isLocalDateTime(v));

/** The editable fields; units are given by name and created when new. */
export const nomineeFieldShape = {
  kind: z.enum(NOMINEE_KINDS, { error: 'invalid' }),
  honorific: z.enum(HONORIFICS, { error: 'invalid' }).nullable().default(null),
  fullName: requiredLine(LIMITS.shortText * 2),
  gender: z.enum(GENDERS, { error: 'invalid' }).nullable().default(null),
  birth: line(10).refine(isBirth, 'invalidDate').default(''),
  position: optionalLine(LIMITS.line),
  unitName: optionalLine(LIMITS.line),
  achievement: optionalMultiline(2000),
  awardFormId: entityId().nullable().default(null),
  proposingUnitName: optionalLine(LIMITS.line),
  status: z.enum(NOMINEE_STATUSES, { error: 'invalid' }).default('de_nghi'),
  notes: optionalMultiline(2000),
};

export const nomineeValues = z.object(nomineeFieldShape);
export type NomineeInput = z.input<typeof nomineeValues>;
export type NomineeValues = z.output<typeof nomineeValues>;

export const nomineeCreateInput = z.object({ conferenceId: entityId(), ...nomineeFieldShape });
export const nomineeUpdateInput = z.object({ id: entityId(), revision: revision(), ...nomineeFieldShape });

export const nomineeFilterShape = {
  conferenceId: entityId(),
  search: searchText(),
  kind: z.enum(NOMINEE_KINDS).nullable().default(null),
  unitId: entityId().nullable().default(null),
  awardFormId: entityId().nullable().default(null),
  status: z.enum(NOMINEE_STATUSES).nullable().default(null),
};
export const nomineeFilterInput = z.object(nomineeFilterShape);
export type NomineeFilter = z.output<typeof nomineeFilterInput>;

export const nomineeListInput = z.object({
  ...nomineeFilterShape,
  sort: z.enum(NOMINEE_SORT_COLUMNS).default('name'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type NomineeListParams = z.output<typeof nomineeListInput>;

export const nomineeCountsRecord = z.object({
  total: z.number().int(),
  tap_the: z.number().int(),
  ca_nhan: z.number().int(),
  ho_gia_dinh: z.number().int(),
});
export type NomineeCounts = z.infer<typeof nomineeCountsRecord>;

/** How many of the matching nominees have each optional column filled. */
export const nomineeFilledRecord = z.object({
  position: z.number().int(),
  unit: z.number().int(),
  source: z.number().int(),
});
export type NomineeFilled = z.infer<typeof nomineeFilledRecord>;

export const nomineePageRecord = z.object({
  rows: z.array(nomineeRecord),
  /** Counts of everything the filter matches, not just this page. */
  counts: nomineeCountsRecord,
  /** Lets a table give no room to a column that is empty for the whole list. */
  filled: nomineeFilledRecord,
});
export type NomineePage = z.infer<typeof nomineePageRecord>;

const MAX_BULK = 100_000;
export const nomineeIdsInput = z.object({
  ids: z.array(entityId()).min(1, 'required').max(MAX_BULK, 'tooLong'),
});
/** Nominees chosen in a list, each with the revision the list showed. */
const selection = () => z.array(revisedId()).min(1, 'required').max(MAX_BULK, 'tooLong');
export const nomineeSelectionInput = z.object({ items: selection() });
/** A selected nominee as `nominees.ids` gives it. */
export const nomineeRef = z.object({ id: z.number().int(), revision: z.number().int() });
export type NomineeRef = z.infer<typeof nomineeRef>;
export const nomineeBulkUpdateInput = z.object({
  items: selection(),
  set: z
    .object({
      awardFormId: entityId().nullable(),
      status: z.enum(NOMINEE_STATUSES),
    })
    .partial(),
});
