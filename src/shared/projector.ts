import { z } from 'zod';
import { entityId, LIMITS, optionalLine } from './fields';
import { HONORIFICS, NOMINEE_KINDS, type NomineeKind } from './nominees';
import { pollDetailRecord } from './voting';

/**
 * What the hall's projector shows. The operator picks a screen; "next" and "previous" walk the
 * show sequence: the agenda screen, then each ceremony batch in order (blank, logo and a poll
 * result stand outside it, and "next" from them goes to the agenda screen).
 */
export const PROJECTOR_SCREENS = ['blank', 'logo', 'agenda', 'ceremony', 'poll', 'evoting'] as const;
export type ProjectorScreen = (typeof PROJECTOR_SCREENS)[number];

export const DEFAULT_BATCH_SIZE = 10;
export const MAX_BATCH_SIZE = 50;

const batchSize = () =>
  z
    .number({ error: 'invalid' })
    .int('invalid')
    .min(1, 'invalid')
    .max(MAX_BATCH_SIZE, 'invalid')
    .describe(`How many honorees go up to the stage together (1–${MAX_BATCH_SIZE}).`);

/** The operator's choice, kept per conference so a restarted app shows the same screen. */
export const projectorSettingRecord = z.object({
  screen: z.enum(PROJECTOR_SCREENS),
  batchSize: batchSize(),
  /** 0-based; clamped to the batches that exist when the content is resolved. */
  batchIndex: z.number().int().min(0),
  pollId: z.number().int().nullable(),
  /** 0-based page of the poll's result: 0 is the summary (see poll-screen.ts). */
  pollPage: z.number().int().min(0).default(0),
});
export type ProjectorSetting = z.infer<typeof projectorSettingRecord>;

export const DEFAULT_SETTING: ProjectorSetting = {
  screen: 'logo',
  batchSize: DEFAULT_BATCH_SIZE,
  batchIndex: 0,
  pollId: null,
  pollPage: 0,
};

export const conferenceIdInput = z.object({ conferenceId: entityId() });

export const projectorShowInput = z.discriminatedUnion('screen', [
  z.object({ conferenceId: entityId(), screen: z.literal('blank') }),
  z.object({ conferenceId: entityId(), screen: z.literal('logo') }),
  z.object({ conferenceId: entityId(), screen: z.literal('agenda') }),
  z.object({
    conferenceId: entityId(),
    screen: z.literal('ceremony'),
    batchSize: batchSize().default(DEFAULT_BATCH_SIZE),
    batchIndex: z.number({ error: 'invalid' }).int('invalid').min(0, 'invalid').default(0),
  }),
  z.object({ conferenceId: entityId(), screen: z.literal('poll'), pollId: entityId() }),
  /** The live counter of a poll voted on phones: how many voted, never how. */
  z.object({ conferenceId: entityId(), screen: z.literal('evoting'), pollId: entityId() }),
]);
export type ProjectorShowInput = z.output<typeof projectorShowInput>;

/** One approved honoree as the ceremony calls them. */
export const ceremonyHonoreeRecord = z.object({
  nomineeId: z.number().int(),
  kind: z.enum(NOMINEE_KINDS),
  honorific: z.enum(HONORIFICS).nullable(),
  fullName: z.string(),
  position: z.string(),
  unitName: z.string(),
  awardFormId: z.number().int(),
  awardFormName: z.string(),
  awardFormRank: z.number().int(),
});
export type CeremonyHonoree = z.infer<typeof ceremonyHonoreeRecord>;

/** Honorees called to the stage together: one award form and one kind. */
export const ceremonyBatchRecord = z.object({
  index: z.number().int(),
  awardFormName: z.string(),
  kind: z.enum(NOMINEE_KINDS),
  /** 1-based part of this form and kind when it needs several batches ("2/3"), else null. */
  part: z.number().int().nullable(),
  parts: z.number().int(),
  honorees: z.array(ceremonyHonoreeRecord),
});
export type CeremonyBatch = z.infer<typeof ceremonyBatchRecord>;

/**
 * Orders approved honorees for the ceremony and cuts them into batches: highest award rank
 * first (then form name, for forms of equal rank), collectives before individuals before
 * households (the sections of an official list), and the given list order inside that. A batch
 * never mixes award forms or kinds; the last batch of a form may be shorter.
 */
export function batchHonorees(honorees: readonly CeremonyHonoree[], size: number): CeremonyBatch[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size ${size}`);
  const kindOrder = (kind: NomineeKind) => NOMINEE_KINDS.indexOf(kind);
  const ordered = honorees
    .map((honoree, position) => ({ honoree, position }))
    .sort(
      (a, b) =>
        b.honoree.awardFormRank - a.honoree.awardFormRank ||
        a.honoree.awardFormName.localeCompare(b.honoree.awardFormName, 'vi') ||
        a.honoree.awardFormId - b.honoree.awardFormId ||
        kindOrder(a.honoree.kind) - kindOrder(b.honoree.kind) ||
        a.position - b.position,
    )
    .map(({ honoree }) => honoree);

  const groups: CeremonyHonoree[][] = [];
  for (const honoree of ordered) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (last && first && first.awardFormId === honoree.awardFormId && first.kind === honoree.kind) {
      last.push(honoree);
    } else {
      groups.push([honoree]);
    }
  }

  const batches: CeremonyBatch[] = [];
  for (const group of groups) {
    const parts = Math.ceil(group.length / size);
    for (let part = 0; part < parts; part++) {
      const honoreesOfBatch = group.slice(part * size, (part + 1) * size);
      const first = honoreesOfBatch[0];
      if (!first) continue;
      batches.push({
        index: batches.length,
        awardFormName: first.awardFormName,
        kind: first.kind,
        part: parts > 1 ? part + 1 : null,
        parts,
        honorees: honoreesOfBatch,
      });
    }
  }
  return batches;
}

/** Where a setting sits in the show sequence: 0 is the agenda screen, 1 + i is batch i. */
function sequencePosition(setting: ProjectorSetting, batchCount: number): number | null {
  if (setting.screen === 'agenda') return 0;
  if (setting.screen === 'ceremony') return 1 + Math.min(setting.batchIndex, Math.max(batchCount - 1, 0));
  return null;
}

/**
 * One step along the show sequence (agenda screen, batch 1, …, batch N). It stops at both ends
 * rather than wrapping, so a double press at the last batch does not jump back to the agenda.
 * Outside the sequence (blank, logo, poll), "next" goes to the agenda screen and "previous"
 * stays.
 */
export function stepShow(setting: ProjectorSetting, batchCount: number, direction: 1 | -1): ProjectorSetting {
  const position = sequencePosition(setting, batchCount);
  if (position === null) return direction === 1 ? { ...setting, screen: 'agenda' } : setting;
  const last = batchCount;
  const target = Math.min(Math.max(position + direction, 0), last);
  if (target === 0) return { ...setting, screen: 'agenda' };
  return { ...setting, screen: 'ceremony', batchIndex: target - 1 };
}

export const CEREMONY_STATUSES = ['received', 'absent', 'proxy'] as const;
export type CeremonyStatus = (typeof CEREMONY_STATUSES)[number];

export const ceremonyRecordInput = z.object({
  nomineeId: entityId(),
  status: z.enum(CEREMONY_STATUSES, { error: 'invalid' }),
  proxyName: optionalLine(LIMITS.shortText).describe('Who received on the honoree’s behalf (nhận thay).'),
});
export type CeremonyRecordInput = z.output<typeof ceremonyRecordInput>;

export const PROXY_NAME_REQUIRED = 'Hãy nhập họ tên người nhận thay.';

/**
 * The stored form of a record, or the Vietnamese reason it cannot be stored. A proxy needs a
 * name; the other statuses drop any name typed before the status was changed.
 */
export function ceremonyRecordValues(
  input: CeremonyRecordInput,
): { ok: true; status: CeremonyStatus; proxyName: string } | { ok: false; message: string } {
  if (input.status === 'proxy') {
    return input.proxyName === ''
      ? { ok: false, message: PROXY_NAME_REQUIRED }
      : { ok: true, status: 'proxy', proxyName: input.proxyName };
  }
  return { ok: true, status: input.status, proxyName: '' };
}

export const ceremonyRecordRecord = z.object({
  nomineeId: z.number().int(),
  status: z.enum(CEREMONY_STATUSES),
  proxyName: z.string(),
  recordedAt: z.string(),
});
export type CeremonyRecord = z.infer<typeof ceremonyRecordRecord>;

export const ceremonyListRecord = z.object({
  batchSize: z.number().int(),
  batches: z.array(ceremonyBatchRecord),
  records: z.array(ceremonyRecordRecord),
  counts: z.object({
    total: z.number().int(),
    received: z.number().int(),
    absent: z.number().int(),
    proxy: z.number().int(),
    pending: z.number().int(),
  }),
});
export type CeremonyList = z.infer<typeof ceremonyListRecord>;

export const agendaNowRecord = z.object({
  title: z.string(),
  kind: z.string(),
  presenter: z.string(),
  presenterTitle: z.string(),
  durationMinutes: z.number().int(),
  /** ISO timestamp; the projector counts the elapsed time from it on its own clock. */
  actualStart: z.string().nullable(),
  /** 'running' when the item has started, 'next' when it is the next planned item. */
  state: z.enum(['running', 'next']),
});
export type AgendaNow = z.infer<typeof agendaNowRecord>;

/** Everything the projector page renders, resolved in one call. */
export const projectorContentRecord = z.object({
  conferenceId: z.number().int(),
  setting: projectorSettingRecord,
  conference: z.object({
    title: z.string(),
    organiser: z.string(),
    placeName: z.string(),
    venue: z.string(),
    startsAt: z.string(),
  }),
  /** The current agenda item, else the next planned one, else null (the title card is shown). */
  agenda: agendaNowRecord.nullable(),
  /** The batch on screen when the screen is the ceremony (null when no honoree is approved). */
  batch: ceremonyBatchRecord.nullable(),
  batchCount: z.number().int(),
  /** The poll on screen when the screen is a poll's result. */
  poll: pollDetailRecord.nullable(),
  /** The counter on screen when the screen is a poll voted on phones. */
  evoting: z.object({ title: z.string(), used: z.number().int(), slips: z.number().int() }).nullable(),
  updatedAt: z.string(),
});
export type ProjectorContent = z.infer<typeof projectorContentRecord>;
