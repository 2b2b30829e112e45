import { z } from 'zod';
import {
  entityId,
  LIMITS,
  optionalLine,
  optionalMultiline,
  requiredLine,
  revisedId,
  revision,
  searchText,
} from './fields';
import { importIssueRecord, MAX_IMPORT_FILE_BYTES } from './imports';
import { HONORIFICS } from './nominees';
import { foldVietnamese, normalizeLine } from './text';

/**
 * Delegates (đại biểu) of a conference and their check-in (điểm danh). Pure rules both sides
 * need live here: how a delegate is searched, how a badge is compared, how a name is written.
 */

/** Badge numbers are short codes printed on the card and read by a barcode scanner. */
export const BADGE_MAX = 40;

/** A badge number as compared: trimmed, inner spaces dropped, letters upper case ("ab 12" = "AB12"). */
export function normalizeBadge(value: string): string {
  return normalizeLine(value).replace(/\s+/g, '').toUpperCase();
}

/** Text that looks like a scanned or typed badge number rather than part of a name. */
export function looksLikeBadge(value: string): boolean {
  const badge = normalizeBadge(value);
  return badge !== '' && /\d/.test(badge) && /^[A-Z0-9./-]+$/.test(badge);
}

/**
 * The folded text search-as-you-type looks in: name, title, unit and badge, each preceded by a
 * space so that "% van%" finds a word start anywhere and "| " keeps fields apart.
 */
export function delegateSearchText(d: {
  fullName: string;
  title: string;
  unitName: string;
  badge: string;
}): string {
  return ` ${foldVietnamese(d.fullName)} | ${foldVietnamese(d.title)} | ${foldVietnamese(d.unitName)} | ${d.badge.toLowerCase()}`;
}

/** What a person typed, folded as stored text is; "" when nothing searchable is left. */
export function foldQuery(value: string): string {
  return foldVietnamese(value).replace(/[|]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Ông Nguyễn Văn A", "Bà Lê Thị B" or just the name. */
export function addressName(d: { honorific: 'ong' | 'ba' | null; fullName: string }): string {
  if (d.honorific === 'ong') return `Ông ${d.fullName}`;
  if (d.honorific === 'ba') return `Bà ${d.fullName}`;
  return d.fullName;
}

/** "08:02": the local time of an ISO timestamp, as the check-in desk reads the clock. */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const badgeField = () =>
  z
    .string({ error: 'invalid' })
    .max(BADGE_MAX * 2, 'tooLong')
    .default('')
    .transform(normalizeBadge)
    .pipe(z.string().max(BADGE_MAX, 'tooLong'));

/** The fields a person edits. */
export const delegateFieldShape = {
  honorific: z.enum(HONORIFICS, { error: 'invalid' }).nullable().default(null),
  fullName: requiredLine(LIMITS.line),
  title: optionalLine(LIMITS.line),
  unitName: optionalLine(LIMITS.line),
  groupName: optionalLine(LIMITS.shortText),
  seat: optionalLine(LIMITS.shortText),
  badge: badgeField(),
  notes: optionalMultiline(),
};
export const delegateValues = z.object(delegateFieldShape);
export type DelegateValues = z.infer<typeof delegateValues>;

export const delegateCreateInput = z.object({ conferenceId: entityId(), ...delegateFieldShape });
export type DelegateCreateInput = z.input<typeof delegateCreateInput>;
export const delegateUpdateInput = z.object({ id: entityId(), revision: revision(), ...delegateFieldShape });
export const delegateIdInput = z.object({ id: entityId() });

/** More than any conference seats; a selection is claimed in one statement, so this is no strain. */
export const MAX_DELEGATE_SELECTION = 10_000;

/** A selection of delegates, each with the revision the window saw. */
export const delegateDeleteInput = z.object({
  items: z
    .array(revisedId())
    .min(1, 'required')
    .max(MAX_DELEGATE_SELECTION, 'tooLong')
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'invalid')
    .describe('The delegates to remove, each with its `revision` as last read.'),
});
export const delegateConferenceInput = z.object({ conferenceId: entityId() });

export const delegateRecord = z.object({
  id: z.number().int(),
  /** Sent back by delegates.update and delegates.delete. */
  revision: z.number().int(),
  conferenceId: z.number().int(),
  honorific: z.enum(HONORIFICS).nullable(),
  fullName: z.string(),
  title: z.string(),
  unitName: z.string(),
  groupName: z.string(),
  seat: z.string(),
  badge: z.string(),
  notes: z.string(),
  /** ISO timestamp of the check-in; null while absent. */
  checkedInAt: z.string().nullable(),
});
export type Delegate = z.infer<typeof delegateRecord>;

export const DELEGATE_SORTS = ['name', 'badge', 'seat', 'checkedIn'] as const;
export type DelegateSort = (typeof DELEGATE_SORTS)[number];
export const PRESENCE_FILTERS = ['all', 'present', 'absent'] as const;

export const delegateListInput = z.object({
  conferenceId: entityId(),
  /** Folded infix match on name, title, unit and badge. */
  search: searchText(200),
  /** Exact group ("Thành phần"); "" for every group. */
  group: z
    .string()
    .max(LIMITS.shortText * 2)
    .default(''),
  presence: z.enum(PRESENCE_FILTERS).default('all'),
  sort: z.enum(DELEGATE_SORTS).default('name'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type DelegateListInput = z.input<typeof delegateListInput>;

export const attendanceRecord = z.object({
  present: z.number().int(),
  total: z.number().int(),
  groups: z.array(z.object({ group: z.string(), present: z.number().int(), total: z.number().int() })),
});
export type Attendance = z.infer<typeof attendanceRecord>;

export const delegatePageRecord = z.object({
  items: z.array(delegateRecord),
  /** Delegates matching the filters (the page is a slice of them). */
  matching: z.number().int(),
  attendance: attendanceRecord,
});
export type DelegatePage = z.infer<typeof delegatePageRecord>;

export const delegateSearchInput = z.object({
  conferenceId: entityId(),
  query: z.string().max(200).transform(normalizeLine),
  limit: z.number().int().min(1).max(50).default(20),
});

export const delegateSearchRecord = z.object({
  items: z.array(delegateRecord),
  /** The delegate whose badge is exactly the query, when there is one (a scanned card). */
  badgeMatchId: z.number().int().nullable(),
});
export type DelegateSearchResult = z.infer<typeof delegateSearchRecord>;

/** Check in by the delegate's id (a picked result) or by the number on the badge (a scanner). */
export const checkInInput = z.union([
  z.object({ conferenceId: entityId(), id: entityId() }).strict(),
  z
    .object({
      conferenceId: entityId(),
      badge: z
        .string()
        .min(1, 'required')
        .max(BADGE_MAX * 2),
    })
    .strict(),
]);
export type CheckInInput = z.infer<typeof checkInInput>;

export const checkInResultRecord = z.object({
  delegate: delegateRecord,
  attendance: attendanceRecord,
});
export type CheckInResult = z.infer<typeof checkInResultRecord>;

// The import of a delegate list: the same reading rules as the nominee import.

export const DELEGATE_IMPORT_FIELDS = [
  'stt',
  'fullName',
  'honorific',
  'title',
  'unit',
  'group',
  'seat',
  'badge',
  'notes',
] as const;
export type DelegateImportField = (typeof DELEGATE_IMPORT_FIELDS)[number];

export const delegateImportColumnRecord = z.object({
  index: z.number().int(),
  heading: z.string(),
  field: z.enum(DELEGATE_IMPORT_FIELDS).nullable(),
});

export const delegateImportRowRecord = z.object({
  /** Excel row number (1-based). */
  rowNumber: z.number().int(),
  honorific: z.enum(HONORIFICS).nullable(),
  fullName: z.string(),
  title: z.string(),
  unitName: z.string(),
  groupName: z.string(),
  seat: z.string(),
  badge: z.string(),
  notes: z.string(),
  encodings: z.array(z.string()),
  /** Problems that keep the row from being written (missing name, badge taken…). */
  issues: z.array(importIssueRecord),
  /** An earlier row of the file with the same name and unit (a warning: two people may share both). */
  duplicateOfRow: z.number().int().nullable(),
  /** A delegate of this conference with the same name and unit (a warning). */
  alreadyListed: z.boolean(),
});
export type DelegateImportRow = z.infer<typeof delegateImportRowRecord>;

export const delegateImportPreviewRecord = z.object({
  importId: z.string(),
  fileName: z.string(),
  sheetName: z.string(),
  /** 1-based Excel row of the heading; 0 when none was found. */
  headerRow: z.number().int(),
  columns: z.array(delegateImportColumnRecord),
  rows: z.array(delegateImportRowRecord),
});
export type DelegateImportPreview = z.infer<typeof delegateImportPreviewRecord>;

const MAX_BASE64 = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 16;

export const delegateImportOpenInput = z.object({
  conferenceId: entityId(),
  fileName: requiredLine(255),
  contentBase64: z.string().min(1, 'required').max(MAX_BASE64, 'tooLong'),
});

export const delegateImportCommitInput = z.object({
  importId: z.string().max(64),
  /** Rows left out on purpose. */
  exclude: z.array(z.number().int().min(1)).max(100_000).default([]),
});

export const delegateImportResultRecord = z.object({
  created: z.number().int(),
  conferenceId: z.number().int(),
});

export const delegateListPdfInput = z.object({
  conferenceId: entityId(),
  group: z
    .string()
    .max(LIMITS.shortText * 2)
    .default(''),
});
