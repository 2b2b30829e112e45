import type { Kysely, Selectable } from 'kysely';
import type { BaseSalary, BaseSalaryInput } from '../../shared/money/records';
import { formatDong } from '../../shared/money/amount';
import { appendAudit } from '../audit/log';
import { AppError, notFound } from '../core/app-error';
import { claimRevision } from '../db/revision';
import type { BaseSalaryTable, Database } from '../db/schema';
import { transact } from '../db/transact';

/** The base salary table (mức lương cơ sở): one row per day a new amount took effect. */

type Clock = () => string;
type Values = Required<BaseSalaryInput>;
const WHAT = 'mức lương cơ sở';

export const toBaseSalary = (row: Selectable<BaseSalaryTable>): BaseSalary => ({
  id: row.id,
  effectiveFrom: row.effective_from,
  amount: row.amount,
  source: row.source,
  revision: row.revision,
});

/** Latest first, as the settings page lists them. */
export async function listBaseSalaries(db: Kysely<Database>): Promise<BaseSalary[]> {
  const rows = await db.selectFrom('base_salaries').selectAll().orderBy('effective_from', 'desc').execute();
  return rows.map(toBaseSalary);
}

async function refuseSameDay(db: Kysely<Database>, effectiveFrom: string, id: number | null): Promise<void> {
  const clash = await db
    .selectFrom('base_salaries')
    .select('id')
    .where('effective_from', '=', effectiveFrom)
    .executeTakeFirst();
  if (clash && clash.id !== id) {
    throw new AppError('CONFLICT', 'Đã có mức lương cơ sở áp dụng từ ngày này; hãy sửa mức đó.', {
      fields: [{ path: 'effectiveFrom', key: 'duplicate' }],
    });
  }
}

const audited = (values: Values) => ({ ...values, amountText: `${formatDong(values.amount)} đồng` });

export function createBaseSalary(db: Kysely<Database>, now: Clock, values: Values): Promise<BaseSalary> {
  return transact(db, async (trx) => {
    await refuseSameDay(trx, values.effectiveFrom, null);
    const row = await trx
      .insertInto('base_salaries')
      .values({
        effective_from: values.effectiveFrom,
        amount: values.amount,
        source: values.source,
        created_at: now(),
        updated_at: now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, now(), {
      conferenceId: null,
      entity: 'base_salary',
      entityId: row.id,
      action: 'create',
      after: audited(values),
    });
    return toBaseSalary(row);
  });
}

async function salaryRow(db: Kysely<Database>, id: number): Promise<Selectable<BaseSalaryTable>> {
  const row = await db.selectFrom('base_salaries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`${WHAT} #${id}`);
  return row;
}

export function changeBaseSalary(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
  values: Values,
): Promise<BaseSalary> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'base_salaries', id, revision, WHAT);
    const before = await salaryRow(trx, id);
    await refuseSameDay(trx, values.effectiveFrom, id);
    const row = await trx
      .updateTable('base_salaries')
      .set({
        effective_from: values.effectiveFrom,
        amount: values.amount,
        source: values.source,
        updated_at: now(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, now(), {
      conferenceId: null,
      entity: 'base_salary',
      entityId: id,
      action: 'update',
      before: { effectiveFrom: before.effective_from, amount: before.amount, source: before.source },
      after: audited(values),
    });
    return toBaseSalary(row);
  });
}

export function removeBaseSalary(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
): Promise<void> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'base_salaries', id, revision, WHAT);
    const before = await salaryRow(trx, id);
    await trx.deleteFrom('base_salaries').where('id', '=', id).execute();
    await appendAudit(trx, now(), {
      conferenceId: null,
      entity: 'base_salary',
      entityId: id,
      action: 'delete',
      before: { effectiveFrom: before.effective_from, amount: before.amount, source: before.source },
    });
  });
}
