import type { Kysely, Selectable } from 'kysely';
import type { AwardForm } from '../../shared/awards';
import { foldVietnamese } from '../../shared/text';
import type { AwardFormTable, Database } from '../db/schema';

type AwardFormValues = Omit<AwardForm, 'id' | 'revision'>;

export function toAwardForm(row: Selectable<AwardFormTable>): AwardForm {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    issuer: row.issuer,
    rank: row.rank,
    aliases: row.aliases,
    active: row.active === 1,
    individualCoefficient: row.individual_coefficient,
    collectiveCoefficient: row.collective_coefficient,
    coefficientSource: row.coefficient_source,
    revision: row.revision,
  };
}

const toColumns = (values: AwardFormValues) => ({
  name: values.name,
  name_folded: foldVietnamese(values.name),
  category: values.category,
  issuer: values.issuer,
  rank: values.rank,
  aliases: values.aliases,
  active: values.active ? 1 : 0,
  individual_coefficient: values.individualCoefficient,
  collective_coefficient: values.collectiveCoefficient,
  coefficient_source: values.coefficientSource,
});

export async function listAwardForms(db: Kysely<Database>, includeInactive: boolean): Promise<AwardForm[]> {
  let query = db.selectFrom('award_forms').selectAll();
  if (!includeInactive) query = query.where('active', '=', 1);
  const rows = await query.orderBy('rank', 'desc').orderBy('name').execute();
  return rows.map(toAwardForm);
}

export async function findAwardFormByName(db: Kysely<Database>, name: string): Promise<AwardForm | null> {
  const row = await db
    .selectFrom('award_forms')
    .selectAll()
    .where('name_folded', '=', foldVietnamese(name))
    .executeTakeFirst();
  return row ? toAwardForm(row) : null;
}

export async function insertAwardForm(
  db: Kysely<Database>,
  values: AwardFormValues,
  now: string,
): Promise<AwardForm> {
  const row = await db
    .insertInto('award_forms')
    .values({ ...toColumns(values), created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAwardForm(row);
}

export async function updateAwardForm(
  db: Kysely<Database>,
  id: number,
  values: AwardFormValues,
): Promise<AwardForm | null> {
  const row = await db
    .updateTable('award_forms')
    .set(toColumns(values))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toAwardForm(row) : null;
}
