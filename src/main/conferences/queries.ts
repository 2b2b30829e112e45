import type { Kysely, Selectable } from 'kysely';
import type { Conference, ConferenceValues } from '../../shared/conferences';
import { foldVietnamese } from '../../shared/text';
import type { ConferenceTable, Database } from '../db/schema';
import { foldedMatch } from '../db/search';

type Row = Selectable<ConferenceTable>;

export function toConference(row: Row): Conference {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    campaign: row.campaign,
    organiser: row.organiser,
    placeName: row.place_name,
    venue: row.venue,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    notes: row.notes,
    letterhead: row.letterhead,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function toColumns(values: ConferenceValues) {
  return {
    title: values.title,
    title_folded: foldVietnamese(values.title),
    kind: values.kind,
    campaign: values.campaign,
    organiser: values.organiser,
    place_name: values.placeName,
    venue: values.venue,
    starts_at: values.startsAt,
    ends_at: values.endsAt,
    notes: values.notes,
    letterhead: values.letterhead,
  };
}

export async function listConferences(
  db: Kysely<Database>,
  filter: { search: string; includeArchived: boolean },
): Promise<Conference[]> {
  let query = db.selectFrom('conferences').selectAll();
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  // Every word must appear, in any order: "so ket chi thi 05" finds "…sơ kết 5 năm … Chỉ thị 05…".
  for (const word of foldVietnamese(filter.search).split(/\s+/).filter(Boolean)) {
    query = query.where(foldedMatch(db, 'title_folded', word));
  }
  const rows = await query.orderBy('starts_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toConference);
}

export async function findConference(db: Kysely<Database>, id: number): Promise<Conference | null> {
  const row = await db.selectFrom('conferences').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toConference(row) : null;
}

export async function insertConference(
  db: Kysely<Database>,
  values: ConferenceValues,
  now: string,
): Promise<Conference> {
  const row = await db
    .insertInto('conferences')
    .values({ ...toColumns(values), created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toConference(row);
}

export async function updateConference(
  db: Kysely<Database>,
  id: number,
  values: ConferenceValues,
  now: string,
): Promise<Conference | null> {
  const row = await db
    .updateTable('conferences')
    .set({ ...toColumns(values), updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toConference(row) : null;
}

export async function setArchived(
  db: Kysely<Database>,
  id: number,
  archivedAt: string | null,
  now: string,
): Promise<Conference | null> {
  const row = await db
    .updateTable('conferences')
    .set({ archived_at: archivedAt, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toConference(row) : null;
}
