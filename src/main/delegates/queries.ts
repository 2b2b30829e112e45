import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import {
  delegateSearchText,
  foldQuery,
  normalizeBadge,
  type Attendance,
  type Delegate,
  type DelegateListInput,
  type DelegatePage,
  type DelegateValues,
} from '../../shared/delegates';
import { personSortKey } from '../../shared/collation';
import { HONORIFICS, type Honorific } from '../../shared/nominees';
import { notFound } from '../core/app-error';
import type { Database, DelegateTable } from '../db/schema';
import { foldedMatch } from '../db/search';

export type DelegateRow = Selectable<DelegateTable>;

const isHonorific = (value: string | null): value is Honorific =>
  value !== null && (HONORIFICS as readonly string[]).includes(value);

export function toDelegate(row: DelegateRow): Delegate {
  return {
    id: row.id,
    revision: row.revision,
    conferenceId: row.conference_id,
    honorific: isHonorific(row.honorific) ? row.honorific : null,
    fullName: row.full_name,
    title: row.title,
    unitName: row.unit_name,
    groupName: row.group_name,
    seat: row.seat,
    badge: row.badge,
    notes: row.notes,
    checkedInAt: row.checked_in_at,
  };
}

/** The columns a delegate's values are stored in, with the derived search and sort keys. */
export function delegateColumns(values: DelegateValues) {
  return {
    honorific: values.honorific,
    full_name: values.fullName,
    title: values.title,
    unit_name: values.unitName,
    group_name: values.groupName,
    seat: values.seat,
    badge: values.badge,
    notes: values.notes,
    search_folded: delegateSearchText(values),
    name_sort: personSortKey(values.fullName),
  };
}

/** A delegate row, removed ones included (restore needs them). */
export async function delegateRow(db: Kysely<Database>, id: number): Promise<DelegateRow> {
  const row = await db.selectFrom('delegates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`đại biểu #${id}`);
  return row;
}

/** The delegate of a conference holding a badge number, if any (removed ones hold none). */
export async function findByBadge(
  db: Kysely<Database>,
  conferenceId: number,
  badge: string,
): Promise<DelegateRow | undefined> {
  const wanted = normalizeBadge(badge);
  if (wanted === '') return undefined;
  return db
    .selectFrom('delegates')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('badge', '=', wanted)
    .where('badge', '<>', '')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function readAttendance(db: Kysely<Database>, conferenceId: number): Promise<Attendance> {
  const rows = await db
    .selectFrom('delegates')
    .select((eb) => [
      'group_name',
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('checked_in_at').as('present'),
    ])
    .where('conference_id', '=', conferenceId)
    .where('deleted_at', 'is', null)
    .groupBy('group_name')
    .execute();
  const groups = rows
    .map((r) => ({ group: r.group_name, present: Number(r.present), total: Number(r.total) }))
    .sort((a, b) => a.group.localeCompare(b.group, 'vi'));
  return {
    present: groups.reduce((n, g) => n + g.present, 0),
    total: groups.reduce((n, g) => n + g.total, 0),
    groups,
  };
}

export async function listDelegates(
  db: Kysely<Database>,
  input: Required<DelegateListInput>,
): Promise<DelegatePage> {
  const folded = foldQuery(input.search);
  let query = db
    .selectFrom('delegates')
    .where('conference_id', '=', input.conferenceId)
    .where('deleted_at', 'is', null);
  if (folded !== '') query = query.where(foldedMatch(db, 'search_folded', folded));
  if (input.group !== '') query = query.where('group_name', '=', input.group);
  if (input.presence === 'present') query = query.where('checked_in_at', 'is not', null);
  if (input.presence === 'absent') query = query.where('checked_in_at', 'is', null);

  const counted = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  let page = query.selectAll();
  if (input.sort === 'badge') page = page.orderBy(sql`length(badge)`).orderBy('badge');
  else if (input.sort === 'seat') page = page.orderBy(sql`length(seat)`).orderBy('seat');
  else if (input.sort === 'checkedIn') page = page.orderBy('checked_in_at', 'desc');
  const rows = await page
    .orderBy('name_sort')
    .orderBy('id')
    .offset(input.offset)
    .limit(input.limit)
    .execute();
  return {
    items: rows.map(toDelegate),
    matching: Number(counted?.n ?? 0),
    attendance: await readAttendance(db, input.conferenceId),
  };
}

/** Delegates by id, in the order of `ids`. */
export async function delegatesInOrder(db: Kysely<Database>, ids: number[]): Promise<Delegate[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('delegates').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toDelegate(row)] : [];
  });
}

export async function insertDelegate(
  db: Kysely<Database>,
  delegate: Insertable<DelegateTable>,
): Promise<number> {
  const row = await db.insertInto('delegates').values(delegate).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDelegate(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<DelegateTable>,
): Promise<void> {
  await db.updateTable('delegates').set(changes).where('id', '=', id).execute();
}
