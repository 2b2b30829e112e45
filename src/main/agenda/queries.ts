import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import {
  itemStatus,
  planSlots,
  programmeStart,
  runState,
  type Agenda,
  type AgendaItem,
  type PlannedSlot,
} from '../../shared/agenda';
import type { Conference } from '../../shared/conferences';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { AgendaItemTable, Database } from '../db/schema';

export type AgendaItemRow = Selectable<AgendaItemTable>;

export function toAgendaItem(row: AgendaItemRow, slot: PlannedSlot): AgendaItem {
  return {
    id: row.id,
    revision: row.revision,
    conferenceId: row.conference_id,
    position: row.position,
    title: row.title,
    kind: row.kind,
    presenter: row.presenter,
    presenterTitle: row.presenter_title,
    durationMinutes: row.duration_minutes,
    notes: row.notes,
    plannedStartMinute: slot.startMinute,
    plannedEndMinute: slot.endMinute,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
    status: itemStatus({ actualStart: row.actual_start, actualEnd: row.actual_end }),
  };
}

/** The conference's items in programme order (id breaks a tie left by an interrupted write). */
export function itemRows(db: Kysely<Database>, conferenceId: number): Promise<AgendaItemRow[]> {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function itemRow(db: Kysely<Database>, id: number): Promise<AgendaItemRow> {
  const row = await db.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`mục chương trình #${id}`);
  return row;
}

export async function conferenceOf(db: Kysely<Database>, conferenceId: number): Promise<Conference> {
  const conference = await findConference(db, conferenceId);
  if (!conference) throw notFound(`hội nghị #${conferenceId}`);
  return conference;
}

/** The programme with its planned times counted from the conference's start. */
export function buildAgenda(conference: Conference, rows: readonly AgendaItemRow[]): Agenda {
  const start = programmeStart(conference.startsAt);
  const slots = planSlots(
    start.minute,
    rows.map((r) => r.duration_minutes),
  );
  const items = rows.map((row, i) => toAgendaItem(row, slots[i] ?? { startMinute: 0, endMinute: 0 }));
  const totalMinutes = rows.reduce((sum, r) => sum + r.duration_minutes, 0);
  const current = items.find((i) => i.status === 'current');
  return {
    conferenceId: conference.id,
    startMinute: start.minute,
    startAssumed: start.assumed,
    totalMinutes,
    endMinute: start.minute + totalMinutes,
    items,
    run: { state: runState(items), currentId: current?.id ?? null },
  };
}

export async function readAgenda(db: Kysely<Database>, conferenceId: number): Promise<Agenda> {
  const conference = await conferenceOf(db, conferenceId);
  return buildAgenda(conference, await itemRows(db, conferenceId));
}

/** One item with its planned times, which depend on every item before it. */
export async function readAgendaItem(db: Kysely<Database>, id: number): Promise<AgendaItem> {
  const row = await itemRow(db, id);
  const agenda = await readAgenda(db, row.conference_id);
  const item = agenda.items.find((i) => i.id === id);
  if (!item) throw notFound(`mục chương trình #${id}`);
  return item;
}

/** The position after the conference's last item (1 for the first). */
export async function nextPosition(db: Kysely<Database>, conferenceId: number): Promise<number> {
  const last = await db
    .selectFrom('agenda_items')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return (last?.position ?? 0) + 1;
}

export async function insertItem(db: Kysely<Database>, item: Insertable<AgendaItemTable>): Promise<number> {
  const row = await db.insertInto('agenda_items').values(item).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItem(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<AgendaItemTable>,
): Promise<void> {
  await db.updateTable('agenda_items').set(changes).where('id', '=', id).execute();
}

export async function deleteItem(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('agenda_items').where('id', '=', id).execute();
}

/** Forgets when every item of the conference started and ended. */
export async function clearRunTimes(db: Kysely<Database>, conferenceId: number): Promise<void> {
  await db
    .updateTable('agenda_items')
    .set({ actual_start: null, actual_end: null })
    .where('conference_id', '=', conferenceId)
    .execute();
}
