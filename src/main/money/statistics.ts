import type { Kysely } from 'kysely';
import type { AmountLine, MoneyStatistics } from '../../shared/money/records';
import { amountInWords } from '../../shared/money/words';
import type { Database } from '../db/schema';

/**
 * The statistics of reward money: what a conference's decisions were issued with, per award
 * form (highest first) and per unit (in the units' order). Only awards given an amount count;
 * the sums are of the amounts as issued, already rounded per honoree.
 */

const NO_UNIT = '(Không có đơn vị)';

const toLine = (r: { label: string | null; awards: number | string; amount: number | string | null }) => ({
  label: r.label ?? NO_UNIT,
  awards: Number(r.awards),
  amount: Number(r.amount ?? 0),
});

export async function readMoneyStatistics(
  db: Kysely<Database>,
  conferenceId: number,
): Promise<MoneyStatistics> {
  const paid = db
    .selectFrom('decision_awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .where('d.conference_id', '=', conferenceId)
    .where('a.reward_amount', 'is not', null);
  const byAwardForm: AmountLine[] = (
    await paid
      .innerJoin('award_forms as f', 'f.id', 'a.award_form_id')
      .select((eb) => [
        'f.name as label',
        eb.fn.countAll<number>().as('awards'),
        eb.fn.sum<number>('a.reward_amount').as('amount'),
      ])
      .groupBy('f.id')
      .orderBy('f.rank', 'desc')
      .orderBy('f.name')
      .execute()
  ).map(toLine);
  const byUnit: AmountLine[] = (
    await paid
      .innerJoin('nominees as n', 'n.id', 'a.nominee_id')
      .leftJoin('units as u', 'u.id', 'n.unit_id')
      .select((eb) => [
        'u.name as label',
        eb.fn.countAll<number>().as('awards'),
        eb.fn.sum<number>('a.reward_amount').as('amount'),
      ])
      .groupBy('u.id')
      .orderBy('u.sort_key')
      .execute()
  ).map(toLine);
  const total = byAwardForm.reduce((sum, line) => sum + line.amount, 0);
  const awards = byAwardForm.reduce((sum, line) => sum + line.awards, 0);
  return { byAwardForm, byUnit, awards, total, totalInWords: amountInWords(total) };
}
