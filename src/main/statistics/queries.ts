import type { ExpressionBuilder, Kysely } from 'kysely';
import type { NomineeStatus } from '../../shared/nominees';
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
      .groupBy('nominees.award_form_id')
      .execute(),
    honorees
      .leftJoin('units as u', 'u.id', 'nominees.unit_id')
      .select((eb) => [
        'nominees.unit_id as unitId',
        'u.name as name',
        'u.sort_key as sortKey',
        eb.fn.countAll<number>().as('count'),
      ])
      .groupBy('nominees.unit_id')
      .execute(),
    db
      .selectFrom('nominees')
      .where(live(conferenceId))
      .select((eb) => ['nominees.status as key', eb.fn.countAll<number>().as('count')])
      .groupBy('nominees.status')
      .execute(),
  ]);
  return { countedStatuses, byKind, byAwardForm, byUnit, byStatus };
}
