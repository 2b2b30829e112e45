import type { Kysely } from 'kysely';
import type { ListOptions } from '../../shared/exports';
import type { Gender, Honorific, NomineeKind, NomineeStatus } from '../../shared/nominees';
import type { Database } from '../db/schema';
import { fromNominees, PERSON_COLUMNS, toPerson } from '../nominees/read-model';

/** One honoree as a list needs it: every field a column may show, and what orders it. */
export interface Honoree {
  id: number;
  kind: NomineeKind;
  honorific: Honorific | null;
  fullName: string;
  gender: Gender | null;
  birth: string;
  position: string;
  unitName: string;
  achievement: string;
  awardFormId: number | null;
  awardFormName: string;
  /** Higher ranks are listed first when a list is grouped by form. */
  awardFormRank: number;
  proposingUnitName: string;
  status: NomineeStatus;
  notes: string;
}

export type HonoreeSelection = Pick<ListOptions, 'statuses' | 'kinds' | 'awardFormIds' | 'order'>;

/**
 * The conference's honorees the options select, in the options' order (sections are cut from
 * this order later, so it holds inside each section). Deleted nominees never appear.
 */
export async function readHonorees(
  db: Kysely<Database>,
  conferenceId: number,
  selection: HonoreeSelection,
): Promise<Honoree[]> {
  let query = fromNominees(db)
    .select([
      'n.id',
      ...PERSON_COLUMNS,
      'n.gender',
      'n.birth',
      'n.award_form_id',
      'af.name as award_form_name',
      'af.rank as award_form_rank',
      'pu.name as proposing_unit_name',
      'n.status',
      'n.notes',
    ])
    .where('n.conference_id', '=', conferenceId)
    .where('n.deleted_at', 'is', null)
    .where('n.status', 'in', selection.statuses);
  if (selection.kinds.length > 0) query = query.where('n.kind', 'in', selection.kinds);
  if (selection.awardFormIds.length > 0) query = query.where('n.award_form_id', 'in', selection.awardFormIds);
  if (selection.order === 'name') query = query.orderBy('n.name_sort');
  if (selection.order === 'unit') query = query.orderBy('u.sort_key').orderBy('n.name_sort');
  const rows = await query.orderBy('n.id').execute();
  return rows.map((row) => ({
    id: row.id,
    ...toPerson(row),
    gender: row.gender,
    birth: row.birth,
    awardFormId: row.award_form_id,
    awardFormName: row.award_form_name ?? '',
    awardFormRank: row.award_form_rank ?? Number.NEGATIVE_INFINITY,
    proposingUnitName: row.proposing_unit_name ?? '',
    status: row.status,
    notes: row.notes,
  }));
}
