import type { Kysely } from 'kysely';
import { totalOf, type RewardKind } from '../../shared/money/amount';
import type { PaymentList, PaymentRow } from '../../shared/money/records';
import { amountInWords } from '../../shared/money/words';
import { notFound } from '../core/app-error';
import type { Database } from '../db/schema';

/**
 * The payment list (danh sách nhận tiền thưởng) the finance office pays from: one row per award
 * given an amount, collectives first (as "I. TẬP THỂ / II. CÁ NHÂN" lists are), each in the
 * decision's order; the total is the sum of the amounts each award was issued with.
 */

export const PAYMENT_LIST_TITLE = 'DANH SÁCH NHẬN TIỀN THƯỞNG';

/** One award as the payment list needs it; `amount` null when it was issued without one. */
export interface PaymentSource {
  name: string;
  unit: string;
  form: string;
  kind: RewardKind;
  amount: number | null;
}

/**
 * The pure model every format draws (the .xlsx here, the .docx of the dossier): rows numbered
 * from 1, collectives before individuals, the total and the total in words.
 */
export function paymentListModel(sources: readonly PaymentSource[], which: string): PaymentList {
  const paid = sources.filter((s): s is PaymentSource & { amount: number } => s.amount !== null);
  const ordered = [
    ...paid.filter((s) => s.kind === 'collective'),
    ...paid.filter((s) => s.kind === 'individual'),
  ];
  const rows: PaymentRow[] = ordered.map((s, i) => ({
    stt: i + 1,
    name: s.name.normalize('NFC'),
    unit: s.unit.normalize('NFC'),
    form: s.form.normalize('NFC'),
    kind: s.kind,
    amount: s.amount,
  }));
  const total = totalOf(rows.map((r) => r.amount));
  return {
    title: PAYMENT_LIST_TITLE,
    which: which.normalize('NFC'),
    rows,
    total,
    totalInWords: amountInWords(total),
    withoutAmount: sources.length - paid.length,
  };
}

/** "15/01/2025" from "2025-01-15". */
const dayMonthYear = (date: string): string => date.split('-').reverse().join('/');

export interface PaymentQuery {
  conferenceId: number;
  /** One decision's awards, or every decision of the conference when null. */
  decisionId: number | null;
}

/** What the list is of, for its subtitle and its file name. */
export interface PaymentSubject {
  /** "Kèm theo Quyết định số 12/QĐ-UBND ngày 15/01/2025" or the conference's title. */
  which: string;
  /** "QĐ 12/QĐ-UBND" or the conference's title. */
  fileWhich: string;
}

async function subjectOf(db: Kysely<Database>, query: PaymentQuery): Promise<PaymentSubject> {
  if (query.decisionId !== null) {
    const decision = await db
      .selectFrom('decisions')
      .select(['number', 'date'])
      .where('id', '=', query.decisionId)
      .where('conference_id', '=', query.conferenceId)
      .executeTakeFirst();
    if (!decision) throw notFound(`quyết định khen thưởng #${query.decisionId}`);
    return {
      which: `Kèm theo Quyết định số ${decision.number} ngày ${dayMonthYear(decision.date)}`,
      fileWhich: `QĐ ${decision.number}`,
    };
  }
  const conference = await db
    .selectFrom('conferences')
    .select('title')
    .where('id', '=', query.conferenceId)
    .executeTakeFirst();
  if (!conference) throw notFound(`hội nghị #${query.conferenceId}`);
  return { which: conference.title, fileWhich: conference.title };
}

/** The awards of the query in the decisions' order, as issued. */
export async function readPaymentSources(
  db: Kysely<Database>,
  query: PaymentQuery,
): Promise<PaymentSource[]> {
  let select = db
    .selectFrom('decision_awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .innerJoin('nominees as n', 'n.id', 'a.nominee_id')
    .innerJoin('award_forms as f', 'f.id', 'a.award_form_id')
    .leftJoin('units as u', 'u.id', 'n.unit_id')
    .select(['n.full_name', 'n.kind', 'u.name as unit', 'f.name as form', 'a.reward_kind', 'a.reward_amount'])
    .where('d.conference_id', '=', query.conferenceId);
  if (query.decisionId !== null) select = select.where('d.id', '=', query.decisionId);
  const rows = await select.orderBy('d.date').orderBy('d.id').orderBy('a.position').orderBy('a.id').execute();
  return rows.map((r) => ({
    name: r.full_name,
    unit: r.unit ?? '',
    form: r.form,
    kind: r.reward_kind ?? (r.kind === 'tap_the' ? 'collective' : 'individual'),
    amount: r.reward_amount,
  }));
}

export async function readPaymentList(
  db: Kysely<Database>,
  query: PaymentQuery,
): Promise<{ list: PaymentList; subject: PaymentSubject }> {
  const subject = await subjectOf(db, query);
  return { list: paymentListModel(await readPaymentSources(db, query), subject.which), subject };
}
