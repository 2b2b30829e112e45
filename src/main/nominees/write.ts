import { sql, type Kysely, type Updateable } from 'kysely';
import type { NomineeValues } from '../../shared/nominees';
import { AppError } from '../core/app-error';
import type { Database, NomineeTable } from '../db/schema';
import { rowInserter, type RowInserter } from '../db/bulk';
import { indexNominees } from '../db/search';
import { engineOf } from '../db/engine';
import { resolveUnit } from '../units/queries';
import { foldOnce } from '../../shared/text';
import { derivedColumns } from './derive';

export interface WriteContext {
  now: string;
  /** Folded unit name → id, shared across the rows of one import. */
  unitCache: Map<string, number>;
  /** Unit name as written → its id (null for none), once resolved by prepareWrite. */
  unitIds: Map<string, number | null>;
  unitsCreated: number;
  /** Award form ids already checked to exist. */
  awardForms: Set<number>;
  /** foldVietnamese for this write's texts, each distinct one folded once. */
  fold: (text: string) => string;
}

export const newWriteContext = (now: string): WriteContext => ({
  now,
  unitCache: new Map(),
  unitIds: new Map(),
  unitsCreated: 0,
  awardForms: new Set(),
  fold: foldOnce(),
});

/**
 * Refuses an award form that is not in the catalogue, as a field error at `path`, before the
 * foreign key would; `checked` remembers forms already found across the rows of one write.
 */
export async function requireAwardForm(
  db: Kysely<Database>,
  id: number,
  checked: Set<number>,
  path = 'awardFormId',
): Promise<void> {
  if (checked.has(id)) return;
  const form = await db.selectFrom('award_forms').select('id').where('id', '=', id).executeTakeFirst();
  if (!form) {
    throw new AppError('VALIDATION', 'Hình thức khen thưởng không có trong danh mục.', {
      fields: [{ path, key: 'invalid' }],
    });
  }
  checked.add(form.id);
}

/**
 * Finds or creates every unit the values name and checks every award form, each once, in row
 * order; columnsOf then builds each row without another query (an import has thousands of rows
 * and a few hundred units).
 */
async function prepareWrite(
  db: Kysely<Database>,
  rows: readonly NomineeValues[],
  ctx: WriteContext,
): Promise<void> {
  for (const values of rows) {
    const formId = values.awardFormId;
    if (formId !== null && !ctx.awardForms.has(formId)) await requireAwardForm(db, formId, ctx.awardForms);
    for (const name of [values.unitName, values.proposingUnitName]) {
      if (ctx.unitIds.has(name)) continue;
      const unit = await resolveUnit(db, name, ctx.now, ctx.unitCache);
      if (unit?.created) ctx.unitsCreated += 1;
      ctx.unitIds.set(name, unit?.id ?? null);
    }
  }
}

/** The stored columns of the values, their units resolved by prepareWrite. */
function columnsOf(values: NomineeValues, ctx: WriteContext) {
  const unitId = ctx.unitIds.get(values.unitName) ?? null;
  const derived = derivedColumns(
    {
      kind: values.kind,
      fullName: values.fullName,
      position: values.position,
      achievement: values.achievement,
      unitName: values.unitName,
      unitId,
    },
    ctx.fold,
  );
  // Written out rather than spread: an import builds ten thousand of these.
  return {
    kind: values.kind,
    honorific: values.kind === 'ca_nhan' ? values.honorific : null,
    full_name: values.fullName,
    gender: values.kind === 'ca_nhan' ? values.gender : null,
    birth: values.kind === 'ca_nhan' ? values.birth : '',
    position: values.position,
    unit_id: unitId,
    achievement: values.achievement,
    award_form_id: values.awardFormId,
    proposing_unit_id: ctx.unitIds.get(values.proposingUnitName) ?? null,
    status: values.status,
    notes: values.notes,
    search_folded: derived.search_folded,
    person_key: derived.person_key,
    name_sort: derived.name_sort,
    position_sort: derived.position_sort,
  };
}

export interface NewNominee {
  values: NomineeValues;
  source?: { file: string; row: number | null };
}

// Rows per INSERT statement: well under SQLite's limit on bound values.
const BATCH = 200;
// On PostgreSQL (65,535 bound values): each statement is a round trip to the server.
const SERVER_BATCH = 1000;

/** Every column an inserted nominee gets, in the order of the bulk INSERT. */
const INSERTED_COLUMNS = [
  'conference_id',
  'kind',
  'honorific',
  'full_name',
  'gender',
  'birth',
  'position',
  'unit_id',
  'achievement',
  'award_form_id',
  'proposing_unit_id',
  'status',
  'notes',
  'search_folded',
  'person_key',
  'name_sort',
  'position_sort',
  'source_file',
  'source_row',
  'created_at',
  'updated_at',
] as const;

/**
 * A prepared INSERT of nominees on the connection behind `db`, for writes of thousands of rows
 * (an import): made before the transaction opens, passed to insertNominees inside it. Null where
 * the driver's handle is out of reach; insertNominees then writes through Kysely.
 */
export type NomineeInserter = RowInserter<'nominees', (typeof INSERTED_COLUMNS)[number]>;

export const nomineeInserter = (db: Kysely<Database>): NomineeInserter | null =>
  rowInserter(db, 'nominees', INSERTED_COLUMNS);

function insertedRow(conferenceId: number, item: NewNominee, ctx: WriteContext) {
  // Added to the fresh object rather than copied into another one.
  return Object.assign(columnsOf(item.values, ctx), {
    conference_id: conferenceId,
    source_file: item.source?.file ?? '',
    source_row: item.source?.row ?? null,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
}

/**
 * Inserts nominees and indexes them for search. Call inside a transaction; `db` may be one.
 * The search index is written once for the whole batch: through a per-row trigger it costs
 * several times more (about 1 s for 10,000 rows here against 0.2 s).
 */
export async function insertNominees(
  db: Kysely<Database>,
  conferenceId: number,
  items: NewNominee[],
  ctx: WriteContext,
  inserter: NomineeInserter | null = null,
): Promise<number[]> {
  const ids: number[] = [];
  await prepareWrite(
    db,
    items.map((item) => item.values),
    ctx,
  );
  if (inserter) {
    for (const item of items) ids.push(inserter(insertedRow(conferenceId, item, ctx)));
  } else {
    const batch = engineOf(db) === 'postgres' ? SERVER_BATCH : BATCH;
    for (let start = 0; start < items.length; start += batch) {
      const rows = [];
      for (const item of items.slice(start, start + batch)) rows.push(insertedRow(conferenceId, item, ctx));
      const inserted = await db.insertInto('nominees').values(rows).returning('id').execute();
      ids.push(...inserted.map((r) => r.id));
    }
  }
  await indexNominees(db, ids);
  return ids;
}

export async function updateNominee(
  db: Kysely<Database>,
  id: number,
  values: NomineeValues,
  ctx: WriteContext,
): Promise<boolean> {
  await prepareWrite(db, [values], ctx);
  const result = await db
    .updateTable('nominees')
    .set({ ...columnsOf(values, ctx), updated_at: ctx.now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// SQLite allows a limited number of bound values per statement.
const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The conferences the given nominees belong to (of the first 500 ids: one list is one conference). */
export async function conferencesOf(db: Kysely<Database>, ids: number[]): Promise<number[]> {
  const rows = await db
    .selectFrom('nominees')
    .select('conference_id')
    .distinct()
    .where('id', 'in', ids.slice(0, CHUNK))
    .execute();
  return rows.map((r) => r.conference_id);
}

/** Those of the ids that are deleted (`deleted` true) or live. */
export async function idsByDeletion(
  db: Kysely<Database>,
  ids: number[],
  deleted: boolean,
): Promise<number[]> {
  const found: number[] = [];
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom('nominees')
      .select('id')
      .where('id', 'in', part)
      .where('deleted_at', deleted ? 'is not' : 'is', null)
      .execute();
    found.push(...rows.map((r) => r.id));
  }
  return found;
}

/**
 * Sets `deleted_at` on those of the ids not already in that state (null restores the deleted
 * ones); returns how many rows changed.
 */
export async function setDeletedAt(
  db: Kysely<Database>,
  ids: number[],
  deletedAt: string | null,
  now: () => string,
): Promise<number> {
  let n = 0;
  for (const part of chunks(ids)) {
    const result = await db
      .updateTable('nominees')
      .set({ deleted_at: deletedAt, updated_at: now(), revision: sql`revision + 1` })
      .where('id', 'in', part)
      .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
      .executeTakeFirst();
    n += Number(result.numUpdatedRows);
  }
  return n;
}

/** Applies the same change to every live nominee of the ids; returns how many rows changed. */
export async function updateLiveNominees(
  db: Kysely<Database>,
  ids: number[],
  changes: Updateable<NomineeTable>,
  now: () => string,
): Promise<number> {
  let n = 0;
  for (const part of chunks(ids)) {
    const result = await db
      .updateTable('nominees')
      .set({ ...changes, updated_at: now(), revision: sql`revision + 1` })
      .where('id', 'in', part)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    n += Number(result.numUpdatedRows);
  }
  return n;
}
