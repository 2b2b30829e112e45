import { sql, type Kysely, type RawBuilder } from 'kysely';
import { KIND_ORDER } from '../../shared/list-sections';
import type { Gender, Honorific, Nominee, NomineeKind, NomineeStatus } from '../../shared/nominees';
import type { Database } from '../db/schema';

/**
 * The one place a nominee row becomes a nominee object. Readers select from `nominees as n`
 * with its unit as `u` (and, for the full record, the proposing unit as `pu` and the award
 * form as `af`), pick the columns below and map the rows with the matching function.
 */

/** Nominees with the joins the full record needs: u (unit), pu (proposing unit), af (award form). */
export function fromNominees(db: Kysely<Database>) {
  return db
    .selectFrom('nominees as n')
    .leftJoin('units as u', 'u.id', 'n.unit_id')
    .leftJoin('units as pu', 'pu.id', 'n.proposing_unit_id')
    .leftJoin('award_forms as af', 'af.id', 'n.award_form_id');
}

/**
 * The section a nominee of `n` falls in, as a sort key (collectives 0, individuals 1, households 2).
 * Ordered by it and then by `n.id` (entry or import order), rows come in list order.
 */
export const KIND_SECTION: RawBuilder<number> = sql<number>`case n.kind ${sql.join(
  KIND_ORDER.map((kind, i) => sql`when ${sql.lit(kind)} then ${sql.lit(i)}`),
  sql` `,
)} else ${sql.lit(KIND_ORDER.length)} end`;

/** Who a nominee is, as lists, certificates and decisions name them (needs `u`). */
export const PERSON_COLUMNS = [
  'n.kind',
  'n.honorific',
  'n.full_name',
  'n.position',
  'n.achievement',
  'u.name as unit_name',
] as const;

export interface PersonRow {
  kind: NomineeKind;
  honorific: Honorific | null;
  full_name: string;
  position: string;
  achievement: string;
  unit_name: string | null;
}

export interface NomineePerson {
  kind: NomineeKind;
  honorific: Honorific | null;
  fullName: string;
  position: string;
  unitName: string;
  achievement: string;
}

export function toPerson(row: PersonRow): NomineePerson {
  return {
    kind: row.kind,
    honorific: row.honorific,
    fullName: row.full_name,
    position: row.position,
    unitName: row.unit_name ?? '',
    achievement: row.achievement,
  };
}

/** Everything the nominee list shows of a nominee (needs `u`, `pu` and `af`). */
export const NOMINEE_COLUMNS = [
  'n.id',
  'n.revision',
  'n.conference_id',
  ...PERSON_COLUMNS,
  'n.gender',
  'n.birth',
  'n.unit_id',
  'n.award_form_id',
  'af.name as award_form_name',
  'pu.name as proposing_unit_name',
  'n.status',
  'n.notes',
  'n.source_file',
  'n.source_row',
  'n.person_key',
] as const;

export interface NomineeRow extends PersonRow {
  id: number;
  revision: number;
  conference_id: number;
  gender: Gender | null;
  birth: string;
  unit_id: number | null;
  award_form_id: number | null;
  award_form_name: string | null;
  proposing_unit_name: string | null;
  status: NomineeStatus;
  notes: string;
  source_file: string;
  source_row: number | null;
  person_key: string;
}

/** A nominee without its flags (duplicates, history), which need the other rows. */
export function toNominee(row: NomineeRow): Omit<Nominee, 'duplicateIds' | 'history'> {
  const person = toPerson(row);
  return {
    id: row.id,
    revision: row.revision,
    conferenceId: row.conference_id,
    kind: person.kind,
    honorific: person.honorific,
    fullName: person.fullName,
    gender: row.gender,
    birth: row.birth,
    position: person.position,
    unitId: row.unit_id,
    unitName: person.unitName,
    achievement: person.achievement,
    awardFormId: row.award_form_id,
    awardFormName: row.award_form_name ?? '',
    proposingUnitName: row.proposing_unit_name ?? '',
    status: row.status,
    notes: row.notes,
    sourceFile: row.source_file,
    sourceRow: row.source_row,
  };
}

/**
 * Where a nominee stands for an award (needs `af`): what decisions check before awarding and
 * what the audit log keeps of a change. Deleted nominees are read too; callers decide.
 */
export const STANDING_COLUMNS = [
  'n.id',
  'n.conference_id',
  'n.full_name',
  'n.status',
  'n.deleted_at',
  'n.award_form_id',
  'af.name as award_form_name',
  'af.rank as award_form_rank',
] as const;

export interface StandingRow {
  id: number;
  conference_id: number;
  full_name: string;
  status: NomineeStatus;
  deleted_at: string | null;
  award_form_id: number | null;
  award_form_name: string | null;
  award_form_rank: number | null;
}

export interface NomineeStanding {
  id: number;
  conferenceId: number;
  fullName: string;
  status: NomineeStatus;
  deletedAt: string | null;
  awardFormId: number | null;
  /** Null when the nominee has no form, or its form no longer exists. */
  awardFormName: string | null;
  awardRank: number | null;
}

export function toStanding(row: StandingRow): NomineeStanding {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    fullName: row.full_name,
    status: row.status,
    deletedAt: row.deleted_at,
    awardFormId: row.award_form_id,
    awardFormName: row.award_form_name,
    awardRank: row.award_form_rank,
  };
}

// Ids per `in (...)` list: well under SQLite's limit on bound values.
const IDS_PER_QUERY = 500;

/** The standing of the given nominees, in id order; an id with no row is left out. */
export async function readStandings(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<NomineeStanding[]> {
  const standings: NomineeStanding[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await fromNominees(db)
      .select(STANDING_COLUMNS)
      .where('n.id', 'in', ids.slice(i, i + IDS_PER_QUERY))
      .orderBy('n.id')
      .execute();
    standings.push(...rows.map(toStanding));
  }
  return standings;
}
