import type { ExpressionBuilder, Kysely } from 'kysely';
import type { NomineeStatus } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';
import type { Database } from '../db/schema';

/**
 * The counts behind the statistics page, straight from SQL and nothing else: which lines they
 * make, in which order and beside which conference is decided in merge.ts.
 */

export interface KeyCount {
  key: string;
  count: number;
}

export interface AwardFormCount {
  awardFormId: number | null;
  name: string | null;
  rank: number | null;
  count: number;
}

export interface UnitCount {
  unitId: number | null;
  name: string | null;
  sortKey: string | null;
  /** A collective with no unit whose name is no known unit: it is its own line (merge.ts). */
  ownName: string | null;
  count: number;
}

export interface ConferenceCounts {
  countedStatuses: NomineeStatus[];
  byKind: KeyCount[];
  byAwardForm: AwardFormCount[];
  byUnit: UnitCount[];
  byStatus: KeyCount[];
}

/** Once a council has approved anyone, the honorees are those approved; before, every proposal still standing. */
export const APPROVED_ONLY: NomineeStatus[] = ['duoc_duyet'];
export const STILL_PROPOSED: NomineeStatus[] = ['de_nghi', 'duoc_duyet'];

const live = (conferenceId: number) => (eb: ExpressionBuilder<Database, 'nominees'>) =>
  eb.and([eb('nominees.conference_id', '=', conferenceId), eb('nominees.deleted_at', 'is', null)]);

export async function countedStatusesOf(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<NomineeStatus[]> {
  const approved = await db
    .selectFrom('nominees')
    .select('nominees.id')
    .where(live(conferenceId))
    .where('nominees.status', '=', 'duoc_duyet')
    .limit(1)
    .executeTakeFirst();
  return approved ? APPROVED_ONLY : STILL_PROPOSED;
}

/** Every count of one conference, with the honorees chosen by the approved-or-proposed rule. */
export async function conferenceCounts(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<ConferenceCounts> {
  const countedStatuses = await countedStatusesOf(db, conferenceId);
  const honorees = db
    .selectFrom('nominees')
    .where(live(conferenceId))
    .where('nominees.status', 'in', countedStatuses);

  const [byKind, byAwardForm, byUnit, byStatus] = await Promise.all([
    honorees
      .select((eb) => ['nominees.kind as key', eb.fn.countAll<number>().as('count')])
      .groupBy('nominees.kind')
      .execute(),
    honorees
      .leftJoin('award_forms as af', 'af.id', 'nominees.award_form_id')
      .select((eb) => [
        'nominees.award_form_id as awardFormId',
        'af.name as name',
        'af.rank as rank',
        eb.fn.countAll<number>().as('count'),
      ])
      // The form's name and rank follow from its id; PostgreSQL asks that they be grouped too.
      .groupBy(['nominees.award_form_id', 'af.name', 'af.rank'])
      .execute(),
    honorees
      .leftJoin('units as u', 'u.id', 'nominees.unit_id')
      .select((eb) => [
        'nominees.unit_id as unitId',
        'u.name as name',
        'u.sort_key as sortKey',
        eb
          .case()
          .when(eb.and([eb('nominees.unit_id', 'is', null), eb('nominees.kind', '=', 'tap_the')]))
          .then(eb.ref('nominees.full_name'))
          .else(null)
          .end()
          .as('ownName'),
        eb.fn.countAll<number>().as('count'),
      ])
      .groupBy(['nominees.unit_id', 'u.name', 'u.sort_key', 'ownName'])
      .execute()
      .then((rows) => collectivesAsUnits(db, rows)),
    db
      .selectFrom('nominees')
      .where(live(conferenceId))
      .select((eb) => ['nominees.status as key', eb.fn.countAll<number>().as('count')])
      .groupBy('nominees.status')
      .execute(),
  ]);
  return { countedStatuses, byKind, byAwardForm, byUnit, byStatus };
}

/**
 * A collective with no unit written beside it counts as its own unit, as a commendation report
 * counts "Đảng bộ Công an thị xã" once whether it is honoured itself or through its members: under
 * the unit of that name when there is one (its members' unit), else as a line of its own name.
 * A collective whose unit is given counts under that unit, like an individual.
 */
export async function collectivesAsUnits(db: Kysely<Database>, rows: UnitCount[]): Promise<UnitCount[]> {
  const own = rows.filter((r) => r.unitId === null && r.ownName !== null);
  if (own.length === 0) return rows;
  const folded = [...new Set(own.map((r) => foldVietnamese(r.ownName ?? '')))];
  const units = await db
    .selectFrom('units')
    .select(['id', 'name', 'sort_key', 'name_folded'])
    .where('name_folded', 'in', folded)
    .execute();
  const byFolded = new Map(units.map((u) => [u.name_folded, u]));
  const merged = new Map<string, UnitCount>();
  for (const row of rows) {
    const unit = row.ownName === null ? undefined : byFolded.get(foldVietnamese(row.ownName));
    const line: UnitCount = unit
      ? { unitId: unit.id, name: unit.name, sortKey: unit.sort_key, ownName: null, count: row.count }
      : row;
    const key =
      line.unitId !== null
        ? `u${line.unitId}`
        : line.ownName !== null
          ? `c${foldVietnamese(line.ownName)}`
          : '';
    const seen = merged.get(key);
    if (seen) seen.count += line.count;
    else merged.set(key, { ...line });
  }
  return [...merged.values()];
}
