import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { AwardEntry, Decision, Register } from '../../shared/certificates';
import { notFound } from '../core/app-error';
import type { Database, DecisionTable, RegisterTable } from '../db/schema';
import { PERSON_COLUMNS, toPerson } from '../nominees/read-model';

export function toRegister(row: Selectable<RegisterTable>): Register {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    suffix: row.suffix,
    padding: row.padding,
    nextNumber: row.next_number,
    revision: row.revision,
  };
}

export async function listRegisters(db: Kysely<Database>): Promise<Register[]> {
  const rows = await db.selectFrom('registers').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toRegister);
}

/** A register, or NOT_FOUND; `db` may be a transaction, to read the counter it is about to move. */
export async function registerRow(db: Kysely<Database>, id: number): Promise<Selectable<RegisterTable>> {
  const row = await db.selectFrom('registers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`sổ vàng #${id}`);
  return row;
}

function decisionQuery(db: Kysely<Database>) {
  return db
    .selectFrom('decisions as d')
    .selectAll('d')
    .select((eb) =>
      eb
        .selectFrom('decision_awards as a')
        .whereRef('a.decision_id', '=', 'd.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('award_count'),
    );
}

type DecisionRow = Awaited<ReturnType<ReturnType<typeof decisionQuery>['executeTakeFirstOrThrow']>>;

function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    conferenceId: row.conference_id,
    number: row.number,
    date: row.date,
    issuer: row.issuer,
    signerCapacity: row.signer_capacity,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    placeName: row.place_name,
    registerId: row.register_id,
    awardCount: Number(row.award_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export async function readDecision(db: Kysely<Database>, id: number): Promise<Decision> {
  const row = await decisionQuery(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`quyết định khen thưởng #${id}`);
  return toDecision(row);
}

/** Newest first: by the date signed, then the order recorded. */
export async function listDecisions(db: Kysely<Database>, conferenceId: number): Promise<Decision[]> {
  const rows = await decisionQuery(db)
    .where('d.conference_id', '=', conferenceId)
    .orderBy('d.date', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  return rows.map(toDecision);
}

/** A decision's awards in certificate order: highest form first, then the order they were given. */
export async function readAwards(db: Kysely<Database>, decisionId: number): Promise<AwardEntry[]> {
  const rows = await db
    .selectFrom('decision_awards as a')
    .innerJoin('nominees as n', 'n.id', 'a.nominee_id')
    .innerJoin('award_forms as f', 'f.id', 'a.award_form_id')
    .leftJoin('units as u', 'u.id', 'n.unit_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('certificate_prints')
          .select([
            'award_id',
            sql<number>`count(*)`.as('print_count'),
            sql<string>`max(printed_at)`.as('last_printed_at'),
          ])
          .groupBy('award_id')
          .as('p'),
      (join) => join.onRef('p.award_id', '=', 'a.id'),
    )
    .select([
      'a.id',
      'a.decision_id',
      'a.nominee_id',
      'a.award_form_id',
      'a.register_number',
      'f.name as form_name',
      'f.rank as form_rank',
      ...PERSON_COLUMNS,
      'p.print_count',
      'p.last_printed_at',
      'a.reward_amount',
    ])
    .where('a.decision_id', '=', decisionId)
    .orderBy('f.rank', 'desc')
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    decisionId: r.decision_id,
    nomineeId: r.nominee_id,
    awardFormId: r.award_form_id,
    awardFormName: r.form_name,
    awardFormRank: r.form_rank,
    ...toPerson(r),
    registerNumber: r.register_number,
    printCount: r.print_count ?? 0,
    lastPrintedAt: r.last_printed_at ?? null,
    rewardAmount: r.reward_amount,
  }));
}

export async function insertRegister(
  db: Kysely<Database>,
  register: Insertable<RegisterTable>,
): Promise<number> {
  const row = await db.insertInto('registers').values(register).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRegister(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<RegisterTable>,
): Promise<void> {
  await db.updateTable('registers').set(changes).where('id', '=', id).execute();
}

/** A decision as stored, without its award count. */
export type StoredDecision = Selectable<DecisionTable>;

export async function decisionRow(db: Kysely<Database>, id: number): Promise<StoredDecision> {
  const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`quyết định khen thưởng #${id}`);
  return row;
}

export async function insertDecision(
  db: Kysely<Database>,
  decision: Insertable<DecisionTable>,
): Promise<number> {
  const row = await db.insertInto('decisions').values(decision).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDecision(
  db: Kysely<Database>,
  id: number,
  changes: Updateable<DecisionTable>,
): Promise<void> {
  await db.updateTable('decisions').set(changes).where('id', '=', id).execute();
}

/**
 * Awards and their print records go with the decision (on delete cascade); the register's
 * counter stays where it is, so the numbers they had are never given again.
 */
export async function deleteDecision(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('decisions').where('id', '=', id).execute();
}
