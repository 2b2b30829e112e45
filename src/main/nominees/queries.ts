import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from 'kysely';
import type {
  Nominee,
  NomineeCounts,
  NomineeKind,
  NomineeFilled,
  NomineeFilter,
  NomineeListParams,
  NomineeRef,
} from '../../shared/nominees';
import type { Database, NomineeTable } from '../db/schema';
import { countTrue, inIds } from '../db/portable';
import {
  matchedNomineeIds,
  nameOrder,
  nomineeSearchMatch,
  readsMatchesOnce,
  unindexed,
  type NameOrder,
} from '../db/search';
import { searchWords } from './derive';
import { flagsFor } from './flags';
import { fromNominees, KIND_SECTION, NOMINEE_COLUMNS, toNominee, type NomineeRow } from './read-model';

/** The nominees table as `n`, as every query here reads it. */
type NomineesAsN = Database & { n: NomineeTable };

type Query = ReturnType<typeof fromNominees>;

/** A condition on the nominees table as `n`. */
type Where = (eb: ExpressionBuilder<NomineesAsN, 'n'>) => Expression<SqlBool>;

/**
 * The filter as one condition on the nominees table, usable by the page and the count queries;
 * `matched` as nomineeSearchMatch takes it.
 */
function filterWhere(
  db: Kysely<Database>,
  filter: NomineeFilter,
  matched: readonly number[] | null = null,
): Where {
  return (eb) => {
    // With few matched ids, the rows are read by id: no index may tempt the planner away.
    const own = (column: 'n.conference_id' | 'n.deleted_at') => (matched ? unindexed(db, column) : column);
    const conditions: Expression<SqlBool>[] = [
      eb(own('n.conference_id'), '=', filter.conferenceId),
      eb(own('n.deleted_at'), 'is', null),
    ];
    const search = nomineeSearchMatch(db, searchWords(filter.search), 'n', matched);
    if (search) conditions.push(search);
    if (filter.kind) conditions.push(eb('n.kind', '=', filter.kind));
    if (filter.unitId) conditions.push(eb('n.unit_id', '=', filter.unitId));
    if (filter.awardFormId) conditions.push(eb('n.award_form_id', '=', filter.awardFormId));
    if (filter.status) conditions.push(eb('n.status', '=', filter.status));
    return eb.and(conditions);
  };
}

async function withFlags(db: Kysely<Database>, conferenceId: number, rows: NomineeRow[]): Promise<Nominee[]> {
  const flags = await flagsFor(db, conferenceId, rows);
  return rows.map((row) => ({
    ...toNominee(row),
    duplicateIds: flags.duplicates.get(row.id) ?? [],
    history: flags.history.get(row.person_key) ?? [],
  }));
}

const STATUS_ORDER = sql`case n.status when 'de_nghi' then 0 when 'duoc_duyet' then 1 when 'khong_duoc_duyet' then 2 else 3 end`;

function applySort(
  query: Query,
  params: NomineeListParams,
  order: NameOrder = { lead: [], keepIndexAway: false },
): Query {
  const dir = params.descending ? 'desc' : 'asc';
  let q: Query = query;
  switch (params.sort) {
    case 'kind':
      // The name index's order (nameOrder) holds within a section: nominees_by_section (0015).
      for (const column of order.lead) q = q.orderBy(sql.ref(column), dir);
      q = q.orderBy(KIND_SECTION, dir);
      if (order.keepIndexAway) return q.orderBy(sql`n.name_sort || ''`, dir).orderBy('n.id', dir);
      break;
    case 'position':
      q = q.orderBy('n.position_sort', dir);
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
      q = q.orderBy('n.source_file', dir).orderBy('n.source_row', dir);
      break;
    case 'list':
      // The order of precedence: sections as the list has them, then the file's (or entry) order.
      return q.orderBy(KIND_SECTION, dir).orderBy('n.id', dir);
    case 'name':
      for (const column of order.lead) q = q.orderBy(sql.ref(column), dir);
      if (order.keepIndexAway) return q.orderBy(sql`n.name_sort || ''`, dir).orderBy('n.id', dir);
      break;
  }
  return q.orderBy('n.name_sort', dir).orderBy('n.id', dir);
}

// Up to this many matches a search reads the matched rows alone; beyond, it walks the conference.
const FEW_MATCHES = 3000;

/** One kind's count among the matches, and how many of them have each optional column filled. */
interface KindCount {
  kind: NomineeKind;
  count: number;
  position: number;
  unit: number;
  source: number;
}

function tally(kinds: readonly KindCount[]): { counts: NomineeCounts; filled: NomineeFilled } {
  const counts: NomineeCounts = { total: 0, tap_the: 0, ca_nhan: 0, ho_gia_dinh: 0 };
  const filled: NomineeFilled = { position: 0, unit: 0, source: 0 };
  for (const row of kinds) {
    counts[row.kind] = row.count;
    counts.total += row.count;
    filled.position += row.position;
    filled.unit += row.unit;
    filled.source += row.source;
  }
  return { counts, filled };
}

/** Counts and filled columns in one pass, with no joins: every filter is on the nominees table. */
async function countMatches(db: Kysely<Database>, where: Where): Promise<KindCount[]> {
  return db
    .selectFrom('nominees as n')
    .where(where)
    .select([
      'n.kind',
      sql<number>`count(*)`.as('count'),
      // Written as the index nominees_by_kind has them (migration 0014), which it then covers.
      countTrue(db, sql`n.position <> ''`).as('position'),
      sql<number>`count(n.unit_id)`.as('unit'),
      countTrue(db, sql`n.source_file <> ''`).as('source'),
    ])
    .groupBy('n.kind')
    .execute();
}

/** The sorts a list can take from the matches' few columns alone (countAndPageOnce). */
const SORTS_READ_ONCE: ReadonlySet<NomineeListParams['sort']> = new Set(['name', 'kind', 'list']);

/** A sort of SORTS_READ_ONCE as an ORDER BY on `n` (the matches), as applySort orders it. */
function orderReadOnce(params: NomineeListParams): RawBuilder<unknown> {
  const dir = params.descending ? sql`desc` : sql`asc`;
  if (params.sort === 'list') return sql`${KIND_SECTION} ${dir}, n.id ${dir}`;
  const byName = sql`n.name_sort ${dir}, n.id ${dir}`;
  return params.sort === 'kind' ? sql`${KIND_SECTION} ${dir}, ${byName}` : byName;
}

/**
 * The counts and the ids of a page from one read of the matches (readsMatchesOnce): the few
 * columns both need are kept once, then grouped and sorted.
 */
async function countAndPageOnce(
  db: Kysely<Database>,
  params: NomineeListParams,
  where: Where,
): Promise<{ kinds: KindCount[]; ids: number[] }> {
  const order = orderReadOnce(params);
  const matches = db
    .selectFrom('nominees as n')
    .where(where)
    .select([
      'n.id',
      'n.kind',
      'n.name_sort',
      sql<boolean>`n.position <> ''`.as('has_position'),
      sql<boolean>`n.unit_id is not null`.as('has_unit'),
      sql<boolean>`n.source_file <> ''`.as('has_source'),
    ]);
  // One statement, two kinds of row: a count per kind (id null), then the page's ids (kind null).
  const { rows } = await sql<KindCount & { id: number | null; place: number | null }>`
    with m as materialized (${matches})
    select kind, count(*) as count, ${countTrue(db, sql`has_position`)} as position,
      ${countTrue(db, sql`has_unit`)} as unit, ${countTrue(db, sql`has_source`)} as source,
      null as id, null as place
    from m group by kind
    union all
    select null, null, null, null, null, n.id, row_number() over (order by ${order})
    from (select id, kind, name_sort from m as n order by ${order}
      limit ${params.limit} offset ${params.offset}) as n`.execute(db);
  const page = rows.filter((row) => row.id !== null);
  page.sort((a, b) => (a.place ?? 0) - (b.place ?? 0));
  return { kinds: rows.filter((row) => row.id === null), ids: page.map((row) => row.id ?? 0) };
}

/** The nominees of `ids`, in that order. */
async function rowsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<NomineeRow[]> {
  if (ids.length === 0) return [];
  const found: NomineeRow[] = await fromNominees(db)
    .where(inIds(db, 'n.id', ids))
    .select(NOMINEE_COLUMNS)
    .execute();
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listNominees(
  db: Kysely<Database>,
  params: NomineeListParams,
): Promise<{ rows: Nominee[]; counts: NomineeCounts; filled: NomineeFilled }> {
  const words = searchWords(params.search);
  const inIndexOrder = params.sort === 'name' || params.sort === 'kind';
  if (SORTS_READ_ONCE.has(params.sort) && readsMatchesOnce(db, words, inIndexOrder)) {
    const once = await countAndPageOnce(db, params, filterWhere(db, params));
    const rows = await rowsByIds(db, once.ids);
    return { rows: await withFlags(db, params.conferenceId, rows), ...tally(once.kinds) };
  }
  const matched = await matchedNomineeIds(db, words, FEW_MATCHES);
  const where = filterWhere(db, params, matched);
  // Counted before the page is read, so that the page can be read as suits that many rows.
  const { counts, filled } = tally(await countMatches(db, where));
  const rows: NomineeRow[] = await applySort(
    fromNominees(db).where(where),
    params,
    nameOrder(db, words, matched, counts.total),
  )
    .select(NOMINEE_COLUMNS)
    .limit(params.limit)
    .offset(params.offset)
    .execute();
  return { rows: await withFlags(db, params.conferenceId, rows), counts, filled };
}

export async function listNomineeIds(db: Kysely<Database>, filter: NomineeFilter): Promise<NomineeRef[]> {
  const rows = await db
    .selectFrom('nominees as n')
    .where(filterWhere(db, filter))
    .select(['n.id', 'n.revision'])
    .orderBy('n.name_sort')
    .execute();
  return rows as NomineeRef[];
}

export async function findNominee(db: Kysely<Database>, id: number): Promise<Nominee | null> {
  const row: NomineeRow | undefined = await fromNominees(db)
    .select(NOMINEE_COLUMNS)
    .where('n.id', '=', id)
    .where('n.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const [nominee] = await withFlags(db, row.conference_id, [row]);
  return nominee ?? null;
}

/** How many nominees a conference holds, deleted ones included (what its archive carries). */
export async function countNominees(db: Kysely<Database>, conferenceId: number): Promise<number> {
  const row = await db
    .selectFrom('nominees')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The given nominees' current revisions, in the order given (the ones that still exist). */
export async function nomineeRefs(db: Kysely<Database>, ids: readonly number[]): Promise<NomineeRef[]> {
  const found = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('nominees')
      .select(['id', 'revision'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.id, row.revision);
  }
  return ids.flatMap((id) => {
    const revision = found.get(id);
    return revision === undefined ? [] : [{ id, revision }];
  });
}
