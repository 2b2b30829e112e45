import type { Kysely } from 'kysely';
import {
  batchHonorees,
  DEFAULT_SETTING,
  projectorSettingRecord,
  type AgendaNow,
  type CeremonyBatch,
  type CeremonyHonoree,
  type CeremonyRecord,
  type ProjectorContent,
  type ProjectorSetting,
} from '../../shared/projector';
import { pollScreenPageCount } from '../../shared/poll-screen';
import type { PollDetail } from '../../shared/voting';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { Database } from '../db/schema';
import { readHonorees } from '../exports/honorees';
import { readPoll } from '../voting/polls/queries';
import { findPollRow } from '../voting/polls/write-queries';
import { slipTotals } from '../voting/lan/queries';

export async function requireConference(db: Kysely<Database>, conferenceId: number) {
  const conference = await findConference(db, conferenceId);
  if (!conference) throw notFound(`hội nghị #${conferenceId}`);
  return conference;
}

/** The stored setting, or the title card when nothing was shown yet (or the row is unreadable). */
export async function readSetting(db: Kysely<Database>, conferenceId: number): Promise<ProjectorSetting> {
  const row = await db
    .selectFrom('projector_state')
    .select(['screen', 'payload'])
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SETTING;
  let payload: unknown;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    payload = {};
  }
  const parsed = projectorSettingRecord.safeParse({
    ...DEFAULT_SETTING,
    ...(typeof payload === 'object' && payload !== null ? payload : {}),
    screen: row.screen,
  });
  return parsed.success ? parsed.data : DEFAULT_SETTING;
}

export async function writeSetting(
  db: Kysely<Database>,
  conferenceId: number,
  setting: ProjectorSetting,
  now: string,
): Promise<void> {
  const { screen, ...payload } = setting;
  await db
    .insertInto('projector_state')
    .values({ conference_id: conferenceId, screen, payload: JSON.stringify(payload), updated_at: now })
    .onConflict((oc) =>
      oc.column('conference_id').doUpdateSet({ screen, payload: JSON.stringify(payload), updated_at: now }),
    )
    .execute();
}

/**
 * Approved honorees with an award form, in the honoree list's usual order (entry order); the
 * batching puts the highest form first. Deleted nominees never appear (readHonorees).
 */
export async function readCeremonyHonorees(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<CeremonyHonoree[]> {
  const honorees = await readHonorees(db, conferenceId, {
    statuses: ['duoc_duyet'],
    kinds: [],
    awardFormIds: [],
    order: 'entry',
  });
  return honorees.flatMap((h) =>
    h.awardFormId === null
      ? []
      : [
          {
            nomineeId: h.id,
            kind: h.kind,
            honorific: h.honorific,
            fullName: h.fullName,
            position: h.position,
            unitName: h.unitName,
            awardFormId: h.awardFormId,
            awardFormName: h.awardFormName,
            awardFormRank: h.awardFormRank,
          },
        ],
  );
}

export async function readCeremonyBatches(
  db: Kysely<Database>,
  conferenceId: number,
  batchSize: number,
): Promise<CeremonyBatch[]> {
  return batchHonorees(await readCeremonyHonorees(db, conferenceId), batchSize);
}

/** The running agenda item; when none runs, the next one not yet started. */
export async function readAgendaNow(db: Kysely<Database>, conferenceId: number): Promise<AgendaNow | null> {
  const base = db
    .selectFrom('agenda_items')
    .select(['title', 'kind', 'presenter', 'presenter_title', 'duration_minutes', 'actual_start'])
    .where('conference_id', '=', conferenceId);
  const running = await base
    .where('actual_start', 'is not', null)
    .where('actual_end', 'is', null)
    .orderBy('position')
    .executeTakeFirst();
  const row =
    running ??
    (await base.where('actual_start', 'is', null).orderBy('position').orderBy('id').executeTakeFirst());
  if (!row) return null;
  return {
    title: row.title,
    kind: row.kind,
    presenter: row.presenter,
    presenterTitle: row.presenter_title,
    durationMinutes: row.duration_minutes,
    actualStart: running ? row.actual_start : null,
    state: running ? 'running' : 'next',
  };
}

/** A closed poll of this conference, or null (a poll reopened since it was shown drops out). */
export async function readClosedPoll(
  db: Kysely<Database>,
  conferenceId: number,
  pollId: number | null,
): Promise<PollDetail | null> {
  if (pollId === null) return null;
  const exists = await db
    .selectFrom('polls')
    .select('id')
    .where('id', '=', pollId)
    .where('conference_id', '=', conferenceId)
    .where('state', '=', 'closed')
    .executeTakeFirst();
  return exists ? readPoll(db, pollId) : null;
}

/** How many have voted on phones in a poll of this conference; never what they voted. */
async function readEvotingCounter(db: Kysely<Database>, conferenceId: number, pollId: number | null) {
  if (pollId === null) return null;
  const poll = await findPollRow(db, pollId);
  if (!poll || poll.conference_id !== conferenceId) return null;
  const { used, slips } = await slipTotals(db, pollId);
  return { title: poll.title, used, slips };
}

/** Everything the projector page needs for the stored setting. */
export async function resolveContent(db: Kysely<Database>, conferenceId: number): Promise<ProjectorContent> {
  const conference = await requireConference(db, conferenceId);
  const setting = await readSetting(db, conferenceId);
  const updated = await db
    .selectFrom('projector_state')
    .select('updated_at')
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  const batches =
    setting.screen === 'ceremony' ? await readCeremonyBatches(db, conferenceId, setting.batchSize) : [];
  const batchIndex = Math.min(setting.batchIndex, Math.max(batches.length - 1, 0));
  const poll = setting.screen === 'poll' ? await readClosedPoll(db, conferenceId, setting.pollId) : null;
  const pollPage = poll ? Math.min(setting.pollPage, pollScreenPageCount(poll) - 1) : 0;
  return {
    conferenceId,
    setting: { ...setting, batchIndex, pollPage },
    conference: {
      title: conference.title,
      organiser: conference.organiser,
      placeName: conference.placeName,
      venue: conference.venue,
      startsAt: conference.startsAt,
    },
    agenda: setting.screen === 'agenda' ? await readAgendaNow(db, conferenceId) : null,
    batch: batches[batchIndex] ?? null,
    batchCount: batches.length,
    poll,
    evoting: setting.screen === 'evoting' ? await readEvotingCounter(db, conferenceId, setting.pollId) : null,
    updatedAt: updated?.updated_at ?? conference.updatedAt,
  };
}

export async function readCeremonyRecords(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<CeremonyRecord[]> {
  const rows = await db
    .selectFrom('ceremony_records')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('nominee_id')
    .execute();
  return rows.map((row) => ({
    nomineeId: row.nominee_id,
    status: row.status,
    proxyName: row.proxy_name,
    recordedAt: row.recorded_at,
  }));
}
