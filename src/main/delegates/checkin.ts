import type { Kysely, Selectable } from 'kysely';
import { addressName, clockTime, normalizeBadge, type CheckInInput } from '../../shared/delegates';
import { AppError } from '../core/app-error';
import type { Database, DelegateTable } from '../db/schema';
import { delegateRow, findByBadge, toDelegate } from './queries';
import { transact } from '../db/transact';

type DelegateRow = Selectable<DelegateTable>;

/** Why a check-in (or its undo) is refused; null when it may go ahead. Pure, so it is tested on its own. */
export type CheckInRefusal = { code: 'NOT_FOUND' | 'CONFLICT'; message: string } | null;

const nameOf = (row: DelegateRow): string => addressName(toDelegate(row));

/**
 * The rules of the check-in desk: the delegate must exist in this conference, not be removed,
 * and not be in already. Each refusal says plainly what is wrong; nothing is changed.
 */
export function checkInRefusal(
  row: DelegateRow | undefined,
  conferenceId: number,
  by: { badge: string } | { id: number },
): CheckInRefusal {
  if (!row || row.conference_id !== conferenceId || row.deleted_at !== null) {
    return 'badge' in by
      ? { code: 'NOT_FOUND', message: `Không có đại biểu nào mang số thẻ ${normalizeBadge(by.badge)}.` }
      : { code: 'NOT_FOUND', message: 'Không tìm thấy đại biểu này (có thể đã bị xóa khỏi danh sách).' };
  }
  if (row.checked_in_at !== null) {
    return {
      code: 'CONFLICT',
      message: `${nameOf(row)} đã điểm danh lúc ${clockTime(row.checked_in_at)}; không ghi lại lần nữa.`,
    };
  }
  return null;
}

/** Undoing is refused for a removed delegate or one who is not checked in. */
export function undoRefusal(row: DelegateRow): CheckInRefusal {
  if (row.deleted_at !== null)
    return { code: 'NOT_FOUND', message: 'Không tìm thấy đại biểu này (có thể đã bị xóa khỏi danh sách).' };
  if (row.checked_in_at === null)
    return { code: 'CONFLICT', message: `${nameOf(row)} chưa điểm danh; không có gì để hoàn tác.` };
  return null;
}

const refuse = (refusal: NonNullable<CheckInRefusal>): AppError =>
  new AppError(refusal.code, refusal.message);

/**
 * Checks a delegate in. The read and the write run in one transaction so that two desks
 * scanning the same card at once give one check-in and one "already checked in".
 */
export async function checkIn(db: Kysely<Database>, input: CheckInInput, now: string): Promise<number> {
  return transact(db, async (trx) => {
    const row =
      'badge' in input
        ? await findByBadge(trx, input.conferenceId, input.badge)
        : await trx.selectFrom('delegates').selectAll().where('id', '=', input.id).executeTakeFirst();
    const by = 'badge' in input ? { badge: input.badge } : { id: input.id };
    const refusal = checkInRefusal(row, input.conferenceId, by);
    if (refusal || !row) throw refuse(refusal ?? { code: 'NOT_FOUND', message: '' });
    await trx
      .updateTable('delegates')
      .set({ checked_in_at: now, updated_at: now })
      .where('id', '=', row.id)
      .where('checked_in_at', 'is', null)
      .execute();
    return row.id;
  });
}

export async function undoCheckIn(db: Kysely<Database>, id: number, now: string): Promise<DelegateRow> {
  return transact(db, async (trx) => {
    const row = await delegateRow(trx, id);
    const refusal = undoRefusal(row);
    if (refusal) throw refuse(refusal);
    await trx
      .updateTable('delegates')
      .set({ checked_in_at: null, updated_at: now })
      .where('id', '=', id)
      .execute();
    return row;
  });
}
