import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type {
  Gender,
  Honorific,
  Nominee,
  NomineeCounts,
  NomineeFilter,
  NomineeKind,
  NomineeListParams,
  NomineeStatus,
} from '../../shared/nominees';
import type { Database } from '../db/schema';
import { nomineeSearchMatch } from '../db/search';
import { searchWords } from './derive';
import { flagsFor } from './flags';

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('nominees')
    .leftJoin('units as u', 'u.id', 'nominees.unit_id')
    .leftJoin('units as pu', 'pu.id', 'nominees.proposing_unit_id')
    .leftJoin('award_forms as af', 'af.id', 'nominees.award_form_id');
}

type Query = ReturnType<typeof baseQuery>;

/** The filter as one condition on the nominees table, usable by the page and the count queries. */
function filterWhere(filter: NomineeFilter) {
  return (eb: ExpressionBuilder<Database, 'nominees'>) => {
    const conditions: Expression<SqlBool>[] = [
      eb('nominees.conference_id', '=', filter.conferenceId),
      eb('nominees.deleted_at', 'is', null),
    ];
    const search = nomineeSearchMatch(searchWords(filter.search));
    if (search) conditions.push(search);
    if (filter.kind) conditions.push(eb('nominees.kind', '=', filter.kind));
    if (filter.unitId) conditions.push(eb('nominees.unit_id', '=', filter.unitId));
    if (filter.awardFormId) conditions.push(eb('nominees.award_form_id', '=', filter.awardFormId));
    if (filter.status) conditions.push(eb('nominees.status', '=', filter.status));
    return eb.and(conditions);
  };
}

const selection = [
  'nominees.id',
  'nominees.conference_id',
  'nominees.kind',
  'nominees.honorific',
  'nominees.full_name',
  'nominees.gender',
  'nominees.birth',
  'nominees.position',
  'nominees.unit_id',
  'u.name as unit_name',
  'nominees.achievement',
  'nominees.award_form_id',
  'af.name as award_form_name',
  'pu.name as proposing_unit_name',
  'nominees.status',
  'nominees.notes',
  'nominees.source_file',
  'nominees.source_row',
  'nominees.person_key',
] as const;

type Row = {
  id: number;
  conference_id: number;
  kind: string;
  honorific: string | null;
  full_name: string;
  gender: string | null;
  birth: string;
  position: string;
  unit_id: number | null;
  unit_name: string | null;
  achievement: string;
  award_form_id: number | null;
  award_form_name: string | null;
  proposing_unit_name: string | null;
  status: string;
  notes: string;
  source_file: string;
  source_row: number | null;
  person_key: string;
};

function toNominee(row: Row): Omit<Nominee, 'duplicateIds' | 'history'> {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    kind: row.kind as NomineeKind,
    honorific: row.honorific as Honorific | null,
    fullName: row.full_name,
    gender: row.gender as Gender | null,
    birth: row.birth,
    position: row.position,
    unitId: row.unit_id,
    unitName: row.unit_name ?? '',
    achievement: row.achievement,
    awardFormId: row.award_form_id,
    awardFormName: row.award_form_name ?? '',
    proposingUnitName: row.proposing_unit_name ?? '',
    status: row.status as NomineeStatus,
    notes: row.notes,
    sourceFile: row.source_file,
    sourceRow: row.source_row,
  };
}

async function withFlags(db: Kysely<Database>, conferenceId: number, rows: Row[]): Promise<Nominee[]> {
  const flags = await flagsFor(db, conferenceId, rows);
  return rows.map((row) => ({
    ...toNominee(row),
    duplicateIds: flags.duplicates.get(row.id) ?? [],
    history: flags.history.get(row.person_key) ?? [],
  }));
}

const STATUS_ORDER = sql`case nominees.status when 'de_nghi' then 0 when 'duoc_duyet' then 1 when 'khong_duoc_duyet' then 2 else 3 end`;
const KIND_ORDER = sql`case nominees.kind when 'tap_the' then 0 when 'ca_nhan' then 1 else 2 end`;

function applySort(query: Query, params: NomineeListParams): Query {
  const dir = params.descending ? 'desc' : 'asc';
  let q: Query = query;
  switch (params.sort) {
    case 'kind':
      q = q.orderBy(KIND_ORDER, dir);
      break;
    case 'position':
      q = q.orderBy('nominees.position_sort', dir);
      break;
    case 'unit':
      q = q.orderBy(sql`coalesce(u.sort_key, '')`, dir);
      break;
    case 'awardForm':
      // Highest rank first when ascending, as certificates are handed out.
      q = q.orderBy(sql`coalesce(af.rank, -1)`, params.descending ? 'asc' : 'desc');
      break;
    case 'status':
      q = q.orderBy(STATUS_ORDER, dir);
      break;
    case 'source':
      q = q.orderBy('nominees.source_file', dir).orderBy('nominees.source_row', dir);
      break;
    case 'name':
      break;
  }
  return q.orderBy('nominees.name_sort', dir).orderBy('nominees.id', dir);
}

export async function listNominees(
  db: Kysely<Database>,
  params: NomineeListParams,
): Promise<{ rows: Nominee[]; counts: NomineeCounts }> {
  const rows = (await applySort(baseQuery(db).where(filterWhere(params)), params)
    .select(selection)
    .limit(params.limit)
    .offset(params.offset)
    .execute()) as Row[];
  // Counting needs no joins: every filter is on the nominees table itself.
  const countRows = await db
    .selectFrom('nominees')
    .where(filterWhere(params))
    .select(['nominees.kind', sql<number>`count(*)`.as('n')])
    .groupBy('nominees.kind')
    .execute();
  const counts: NomineeCounts = { total: 0, tap_the: 0, ca_nhan: 0, ho_gia_dinh: 0 };
  for (const { kind, n } of countRows as { kind: NomineeKind; n: number }[]) {
    counts[kind] = n;
    counts.total += n;
  }
  return { rows: await withFlags(db, params.conferenceId, rows), counts };
}

export async function listNomineeIds(db: Kysely<Database>, filter: NomineeFilter): Promise<number[]> {
  const rows = await db
    .selectFrom('nominees')
    .where(filterWhere(filter))
    .select('nominees.id')
    .orderBy('nominees.name_sort')
    .execute();
  return (rows as { id: number }[]).map((r) => r.id);
}

export async function findNominee(db: Kysely<Database>, id: number): Promise<Nominee | null> {
  const row = (await baseQuery(db)
    .select(selection)
    .where('nominees.id', '=', id)
    .where('nominees.deleted_at', 'is', null)
    .executeTakeFirst()) as Row | undefined;
  if (!row) return null;
  const [nominee] = await withFlags(db, row.conference_id, [row]);
  return nominee ?? null;
}
