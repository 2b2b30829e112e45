import { z } from 'zod';
import { endsBeforeStart } from './dates';
import {
  entityId,
  LIMITS,
  localDateTime,
  optionalLine,
  optionalMultiline,
  requiredLine,
  revisedId,
  revision,
  searchText,
} from './fields';

/** Interim review (sơ kết), final review (tổng kết) or any other conference. */
export const CONFERENCE_KINDS = ['so_ket', 'tong_ket', 'khac'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];

/**
 * The heading of the conference's documents: "ĐẢNG CỘNG SẢN VIỆT NAM" for Party bodies, the
 * national motto for State ones; "auto" decides from the organiser's name.
 */
export const LETTERHEADS = ['auto', 'party', 'state'] as const;
export type Letterhead = (typeof LETTERHEADS)[number];

/** A conference as the UI sees it. Times are local "YYYY-MM-DD[THH:mm]" text (see dates.ts). */
export const conferenceRecord = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(CONFERENCE_KINDS),
  campaign: z.string().describe('Campaign or theme, e.g. "Chỉ thị 05-CT/TW".'),
  organiser: z.string().describe('Organising body, e.g. "Ban Thường vụ Thị ủy Kỳ Anh".'),
  placeName: z.string().describe('Place name used in dated lines: "Kỳ Anh, ngày 19 tháng 5 năm 2021".'),
  venue: z.string(),
  startsAt: z.string().describe('Local date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:mm".'),
  endsAt: z.string().nullable(),
  notes: z.string(),
  letterhead: z.enum(LETTERHEADS),
  archivedAt: z.string().nullable().describe('ISO timestamp when archived; hidden from the default list.'),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().describe('Goes up on every change, archiving included.'),
});
export type Conference = z.infer<typeof conferenceRecord>;

const conferenceFieldShape = {
  title: requiredLine(LIMITS.line),
  kind: z.enum(CONFERENCE_KINDS, { error: 'invalid' }),
  campaign: optionalLine(LIMITS.line),
  organiser: optionalLine(LIMITS.line),
  placeName: optionalLine(LIMITS.shortText),
  venue: optionalLine(LIMITS.line),
  startsAt: localDateTime(),
  endsAt: localDateTime().nullable().default(null),
  notes: optionalMultiline(LIMITS.multiline),
  letterhead: z.enum(LETTERHEADS, { error: 'invalid' }).default('auto'),
};

/** The end may not come before the start; the issue is reported on the end field. */
function checkSpan(value: { startsAt: string; endsAt: string | null }, ctx: z.RefinementCtx): void {
  if (value.endsAt !== null && endsBeforeStart(value.startsAt, value.endsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' });
  }
}

export const conferenceInput = z.object(conferenceFieldShape).superRefine(checkSpan);
export type ConferenceInput = z.input<typeof conferenceInput>;
export type ConferenceValues = z.output<typeof conferenceInput>;

export const conferenceUpdateInput = z
  .object({ id: entityId(), revision: revision(), ...conferenceFieldShape })
  .superRefine(checkSpan);

export const conferenceListInput = z
  .object({
    search: searchText(),
    includeArchived: z.boolean().default(false),
  })
  .default({ search: '', includeArchived: false });

export const conferenceIdInput = z.object({ id: entityId() });
/** Archiving or bringing back a conference as the list showed it. */
export const conferenceRevisedInput = revisedId();
