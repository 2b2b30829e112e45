import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../core/app-error';
import type { AssignPreview } from '../../shared/certificates';
import type { Database, DecisionTable, RegisterTable } from '../db/schema';
import { rewardsFor, type RewardSummary } from '../money/issue';
import { readStandings, type NomineeStanding } from '../nominees/read-model';
import { allocateNumbers, formatRegisterNumber, inCertificateOrder } from './numbering';
import { registerRow } from './queries';

// Rows per INSERT: well under SQLite's limit on bound values.
const INSERT_BATCH = 100;
// Names listed in a refusal; more would bury the message.
const MAX_NAMED = 10;

type Candidate = NomineeStanding;

async function readCandidates(trx: Kysely<Database>, ids: number[]): Promise<Map<number, Candidate>> {
  return new Map((await readStandings(trx, ids)).map((c) => [c.id, c]));
}

function refusalReason(c: Candidate | undefined, conferenceId: number): string | null {
  if (!c) return 'không tồn tại';
  if (c.conferenceId !== conferenceId) return 'thuộc hội nghị khác';
  if (c.deletedAt) return 'đã bị xóa';
  if (c.status !== 'duoc_duyet') return 'chưa được duyệt';
  if (c.awardFormId === null || c.awardRank === null) return 'chưa có hình thức khen thưởng';
  return null;
}

/** Every nominee must be usable, or nothing is written: the message says who and why. */
function checkCandidates(ids: number[], found: Map<number, Candidate>, conferenceId: number): void {
  const refused: string[] = [];
  for (const id of ids) {
    const c = found.get(id);
    const reason = refusalReason(c, conferenceId);
    if (reason) refused.push(`${c ? c.fullName : `#${id}`} (${reason})`);
  }
  if (refused.length === 0) return;
  const named = refused.slice(0, MAX_NAMED).join('; ');
  const more = refused.length > MAX_NAMED ? ` và ${refused.length - MAX_NAMED} đối tượng khác` : '';
  throw new AppError(
    'VALIDATION',
    `Không thể khen thưởng ${refused.length} đối tượng: ${named}${more}. ` +
      'Chỉ khen thưởng được đối tượng của hội nghị này, đã được duyệt và đã có hình thức khen thưởng. Chưa ghi gì.',
    { fields: [{ path: 'nomineeIds', key: 'invalid' }] },
  );
}

export interface AssignOutcome {
  added: number;
  /** Register numbers given, first and last, or null when the decision has no register. */
  numbered: { first: string; last: string; nextBefore: number; nextAfter: number } | null;
  /** The reward money the new awards were issued with (money/issue.ts); null when none was added. */
  reward: RewardSummary | null;
}

/** What an assignment would add: the new awards in certificate order and their numbers. */
interface AssignmentPlan {
  fresh: (Candidate & { rank: number; order: number })[];
  existing: { nominee_id: number; position: number }[];
  register: Selectable<RegisterTable> | null;
  allocation: ReturnType<typeof allocateNumbers> | null;
}

/** Reads and checks, writing nothing: the same plan is previewed, then carried out. */
async function planAssignment(
  trx: Kysely<Database>,
  decision: Selectable<DecisionTable>,
  nomineeIds: number[],
): Promise<AssignmentPlan> {
  const ids = [...new Set(nomineeIds)];
  const found = await readCandidates(trx, ids);
  checkCandidates(ids, found, decision.conference_id);

  const existing = await trx
    .selectFrom('decision_awards')
    .select(['nominee_id', 'position'])
    .where('decision_id', '=', decision.id)
    .execute();
  const already = new Set(existing.map((r) => r.nominee_id));
  const fresh = inCertificateOrder(
    ids
      .filter((id) => !already.has(id))
      .map((id) => found.get(id) as Candidate)
      .map((c) => ({ ...c, order: c.id, rank: c.awardRank ?? 0 })),
  );
  if (fresh.length === 0) return { fresh, existing, register: null, allocation: null };
  const register = decision.register_id === null ? null : await registerRow(trx, decision.register_id);
  const allocation = register ? allocateNumbers(register, register.next_number, fresh.length) : null;
  return { fresh, existing, register, allocation };
}

/** What `assignAwards` would do with these nominees, for the person to confirm. */
export async function previewAssignment(
  db: Kysely<Database>,
  decision: Selectable<DecisionTable>,
  nomineeIds: number[],
): Promise<AssignPreview> {
  const { fresh, register, allocation } = await planAssignment(db, decision, nomineeIds);
  const byForm: AssignPreview['byForm'] = [];
  for (const c of fresh) {
    const name = c.awardFormName ?? '';
    const last = byForm.at(-1);
    if (last?.awardFormName === name) last.count += 1;
    else byForm.push({ awardFormName: name, count: 1 });
  }
  return {
    revision: decision.revision,
    added: fresh.length,
    alreadyAwarded: new Set(nomineeIds).size - fresh.length,
    byForm,
    numbers:
      register && allocation
        ? {
            registerId: register.id,
            registerName: register.name,
            first: allocation.numbers[0]?.text ?? '',
            last: allocation.numbers.at(-1)?.text ?? '',
            nextBefore: register.next_number,
            nextAfter: allocation.nextNumber,
          }
        : null,
  };
}

/**
 * Gives `decision`'s awards to nominees and numbers them from its register. Call inside a
 * transaction: the awards, their numbers and the register's counter are written together or not
 * at all, so a crash half-way never leaves a number given without its counter having moved.
 * `registerNext`, when given, is the next number the person confirmed: numbers given from the
 * register since would make the awards' numbers differ from what was confirmed, so it is refused.
 */
export async function assignAwards(
  trx: Kysely<Database>,
  decision: Selectable<DecisionTable>,
  nomineeIds: number[],
  at: string,
  registerNext?: number,
): Promise<AssignOutcome> {
  const { fresh, existing, register, allocation } = await planAssignment(trx, decision, nomineeIds);
  if (fresh.length === 0) return { added: 0, numbered: null, reward: null };
  if (register && registerNext !== undefined && register.next_number !== registerNext) {
    throw new AppError(
      'CONFLICT',
      `Sổ vàng “${register.name}” vừa cấp số cho nơi khác: số tiếp theo nay là ` +
        `${formatRegisterNumber(register, register.next_number)}, không còn là ` +
        `${formatRegisterNumber(register, registerNext)} như đã xác nhận. Chưa ghi gì; hãy xem lại và xác nhận lại.`,
      { registerNext: register.next_number },
    );
  }

  let position = existing.reduce((max, r) => Math.max(max, r.position), 0) + 1;
  // Each award keeps the amount it is issued with: later changes to coefficients or salaries
  // change no decision already issued.
  const rewards = await rewardsFor(
    trx,
    decision.date,
    fresh.map((c) => c.id),
  );
  const rows = fresh.map((c, i) => ({
    ...rewards.byNominee.get(c.id),
    decision_id: decision.id,
    nominee_id: c.id,
    award_form_id: c.awardFormId as number,
    register_id: register?.id ?? null,
    register_seq: allocation?.numbers[i]?.seq ?? null,
    register_number: allocation?.numbers[i]?.text ?? '',
    position: position++,
    created_at: at,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await trx
      .insertInto('decision_awards')
      .values(rows.slice(i, i + INSERT_BATCH))
      .execute();
  }
  if (!register || !allocation) return { added: fresh.length, numbered: null, reward: rewards.summary };
  await advanceRegister(trx, register.id, register.next_number, allocation.nextNumber);
  return {
    added: fresh.length,
    numbered: {
      first: rows[0]?.register_number ?? '',
      last: rows.at(-1)?.register_number ?? '',
      nextBefore: register.next_number,
      nextAfter: allocation.nextNumber,
    },
    reward: rewards.summary,
  };
}

/**
 * Moves the counter on, guarded by the value read so a counter moved meanwhile is never rolled
 * back. The register's revision moves too: a window showing the old next number is out of date.
 */
async function advanceRegister(trx: Kysely<Database>, id: number, from: number, to: number): Promise<void> {
  const result = await trx
    .updateTable('registers')
    .set((eb) => ({ next_number: to, revision: eb('revision', '+', 1) }))
    .where('id', '=', id)
    .where('next_number', '=', from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new AppError('CONFLICT', 'Số tiếp theo của sổ vàng vừa bị thay đổi; hãy thử lại.');
  }
}

/**
 * Numbers a decision's awards that have no register number yet from `registerId`, in
 * certificate order; numbered awards keep theirs. Call inside a transaction.
 */
export async function numberUnnumbered(
  trx: Kysely<Database>,
  decisionId: number,
  registerId: number,
): Promise<AssignOutcome['numbered']> {
  const awards = await trx
    .selectFrom('decision_awards as a')
    .innerJoin('award_forms as f', 'f.id', 'a.award_form_id')
    .select(['a.id'])
    .where('a.decision_id', '=', decisionId)
    .where('a.register_seq', 'is', null)
    .orderBy('f.rank', 'desc')
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
  if (awards.length === 0) return null;
  const register = await registerRow(trx, registerId);
  const allocation = allocateNumbers(register, register.next_number, awards.length);
  for (const [i, award] of awards.entries()) {
    const number = allocation.numbers[i];
    if (!number) continue;
    await trx
      .updateTable('decision_awards')
      .set({ register_id: registerId, register_seq: number.seq, register_number: number.text })
      .where('id', '=', award.id)
      .execute();
  }
  await advanceRegister(trx, registerId, register.next_number, allocation.nextNumber);
  return {
    first: allocation.numbers[0]?.text ?? '',
    last: allocation.numbers.at(-1)?.text ?? '',
    nextBefore: register.next_number,
    nextAfter: allocation.nextNumber,
  };
}
