import { formatInteger } from '../documents/vn-format';
import { KIND_COUNTED, KIND_ORDER } from '../exports/list-model';
import type { Honoree } from '../exports/honorees';
import type { PaymentList } from '../../shared/money/records';
import type { DecisionMoney, PaymentRow } from './models';
import { formGroups } from './models';

/**
 * The reward money of a decision as its Word documents write it. Every figure comes from the
 * amounts the awards were issued with (decision_awards.reward_amount) and the payment list model
 * of money/payment-list.ts, the same model the Excel payment list draws, so the decision, the
 * Word list and the Excel list can never disagree and a coefficient changed later moves none.
 */

// A no-break space: a line never ends on the figure and starts on its "đồng".
const dong = (amount: number): string => `${formatInteger(amount)}\u00a0đồng`;

/**
 * What follows "- Tặng Giấy khen cho 2 cá nhân" in Điều 1: ", mỗi cá nhân được thưởng 710.000
 * đồng", for each kind of the group that has money, in the kinds' order. A kind whose awards do
 * not all carry the same amount (some given before a coefficient was set, say) is stated by its
 * sum instead, so the sentence never claims an amount someone did not get.
 */
export function formMoneyText(
  honorees: readonly Honoree[],
  amountOf: ReadonlyMap<number, number | null>,
): string {
  const parts: string[] = [];
  for (const kind of KIND_ORDER) {
    const amounts = honorees.filter((h) => h.kind === kind).map((h) => amountOf.get(h.id) ?? null);
    const paid = amounts.filter((a): a is number => a !== null);
    if (paid.length === 0) continue;
    const first = paid[0] ?? 0;
    const uniform = paid.length === amounts.length && paid.every((a) => a === first);
    parts.push(
      uniform
        ? `mỗi ${KIND_COUNTED[kind]} được thưởng ${dong(first)}`
        : `các ${KIND_COUNTED[kind]} được thưởng tổng cộng ${dong(paid.reduce((sum, a) => sum + a, 0))}`,
    );
  }
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/**
 * Điều 1's money: the text per award form and the total with its words, from the payment list
 * of the same decision; undefined when the decision was issued without any amount, so the
 * document keeps its money lines out as before.
 */
export function decisionMoney(
  honorees: readonly Honoree[],
  amountOf: ReadonlyMap<number, number | null>,
  list: PaymentList,
): DecisionMoney | undefined {
  if (list.rows.length === 0) return undefined;
  const byForm: Record<string, string> = {};
  for (const group of formGroups(honorees)) {
    const text = formMoneyText(group.honorees, amountOf);
    if (text) byForm[group.formName] = text;
  }
  return { byForm, total: list.total, totalInWords: list.totalInWords };
}

/** The Word list's rows, total and words: the Excel list's, row for row. */
export function paymentListMoney(list: PaymentList): {
  rows: PaymentRow[];
  total: number;
  totalInWords: string;
} {
  return {
    rows: list.rows.map((r) => ({ name: r.name, unit: r.unit, form: r.form, amount: r.amount })),
    total: list.total,
    totalInWords: list.totalInWords,
  };
}
