import { z } from 'zod';
import { entityId } from './fields';
import { NOMINEE_KINDS, NOMINEE_STATUSES } from './nominees';

/**
 * The statistics page: how many honorees by kind, award form, unit and status, for one
 * conference and optionally an earlier one beside it. Deleted nominees never count. The kind,
 * award form and unit tables count the honorees: the approved nominees once any is approved,
 * before that every proposal still standing (đề nghị and được duyệt); the status table counts
 * every nominee. A table lists the keys either conference has, zero where the other has none.
 */

export const statisticsInput = z.object({
  conferenceId: entityId(),
  compareWithId: entityId().nullable().default(null),
});

/** One line of a table: its label and the count in the conference (and in the compared one). */
export const statLineRecord = z.object({
  key: z.string().describe('Stable key: a kind or status code, an award form or unit id, or "none".'),
  label: z.string(),
  count: z.number().int(),
  compareCount: z.number().int().nullable(),
});
export type StatLine = z.infer<typeof statLineRecord>;

export const statTableRecord = z.object({
  lines: z.array(statLineRecord),
  total: z.number().int(),
  compareTotal: z.number().int().nullable(),
});
export type StatTable = z.infer<typeof statTableRecord>;

export const statisticsRecord = z.object({
  conferenceId: z.number().int(),
  conferenceTitle: z.string(),
  compareWithId: z.number().int().nullable(),
  compareTitle: z.string().nullable(),
  /** Which statuses the kind, form and unit tables count (approved when any are, else all proposed). */
  countedStatuses: z.array(z.enum(NOMINEE_STATUSES)),
  /** The same for the compared conference, which follows the rule on its own data; null when not comparing. */
  compareCountedStatuses: z.array(z.enum(NOMINEE_STATUSES)).nullable(),
  byKind: statTableRecord,
  byAwardForm: statTableRecord,
  byUnit: statTableRecord,
  byStatus: statTableRecord,
});
export type Statistics = z.infer<typeof statisticsRecord>;

export const STAT_KIND_KEYS = NOMINEE_KINDS;
