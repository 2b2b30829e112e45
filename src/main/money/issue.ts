import type { Kysely } from 'kysely';
import { baseSalaryOn, rewardAmount, rewardKindOf, type RewardKind } from '../../shared/money/amount';
import type { Database } from '../db/schema';

/**
 * The reward money an award is issued with, copied onto its row when the decision gives it
 * (decisions/assign.ts): the coefficient of its form for the honoree's kind, the base salary in
 * force on the decision's date, and their product rounded up to 10,000 đồng (shared/money/
 * amount.ts). A coefficient or a salary changed later changes none of these copies.
 */

export interface RewardColumns {
  reward_kind: RewardKind;
  reward_coefficient: number | null;
  reward_base_salary: number | null;
  reward_amount: number | null;
}

export interface RewardSummary {
  /** The base salary in force on the decision's date, or null when the table has none then. */
  baseSalary: number | null;
  /** Awards given an amount, and the sum of their amounts. */
  paid: number;
  total: number;
  /** Awards given no amount: their form has no coefficient for the kind, or there is no base salary. */
  withoutAmount: number;
}

// Ids per `in (...)` list: well under SQLite's limit on bound values.
const IDS_PER_QUERY = 500;

/** Each nominee's reward columns, by nominee id; `date` is the decision's ("YYYY-MM-DD"). */
export async function rewardsFor(
  db: Kysely<Database>,
  date: string,
  nomineeIds: readonly number[],
): Promise<{ byNominee: Map<number, RewardColumns>; summary: RewardSummary }> {
  const salaries = await db.selectFrom('base_salaries').select(['effective_from', 'amount']).execute();
  const salary = baseSalaryOn(
    salaries.map((s) => ({ effectiveFrom: s.effective_from, amount: s.amount })),
    date,
  );
  const byNominee = new Map<number, RewardColumns>();
  const summary: RewardSummary = { baseSalary: salary?.amount ?? null, paid: 0, total: 0, withoutAmount: 0 };
  for (let i = 0; i < nomineeIds.length; i += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('nominees as n')
      .innerJoin('award_forms as f', 'f.id', 'n.award_form_id')
      .select(['n.id', 'n.kind', 'f.individual_coefficient', 'f.collective_coefficient'])
      .where('n.id', 'in', nomineeIds.slice(i, i + IDS_PER_QUERY))
      .execute();
    for (const row of rows) {
      const kind = rewardKindOf(row.kind);
      const coefficient = kind === 'collective' ? row.collective_coefficient : row.individual_coefficient;
      const amount = coefficient !== null && salary ? rewardAmount(coefficient, salary.amount) : null;
      byNominee.set(row.id, {
        reward_kind: kind,
        reward_coefficient: coefficient,
        reward_base_salary: salary?.amount ?? null,
        reward_amount: amount,
      });
      if (amount === null) summary.withoutAmount += 1;
      else {
        summary.paid += 1;
        summary.total += amount;
      }
    }
  }
  return { byNominee, summary };
}
