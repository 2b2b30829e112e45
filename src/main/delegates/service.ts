import type { Kysely } from 'kysely';
import { addressName, type DelegateValues } from '../../shared/delegates';
import { AppError, notFound } from '../core/app-error';
import { inIds } from '../db/portable';
import { claimRevision, claimRevisions } from '../db/revision';
import type { Database } from '../db/schema';
import {
  delegateColumns,
  delegateRow,
  findByBadge,
  insertDelegate,
  toDelegate,
  updateDelegate,
  type DelegateRow,
} from './queries';
import { transact } from '../db/transact';

/** Adding, changing, removing and restoring delegates; a badge names one delegate of a conference. */

/** A badge names one delegate of a conference; say who holds it rather than fail on the index. */
async function assertBadgeFree(
  db: Kysely<Database>,
  conferenceId: number,
  badge: string,
  exceptId: number | null,
): Promise<void> {
  const holder = await findByBadge(db, conferenceId, badge);
  if (holder && holder.id !== exceptId) {
    throw new AppError(
      'CONFLICT',
      `Số thẻ ${badge} đã cấp cho ${addressName(toDelegate(holder))}. Hãy chọn số thẻ khác.`,
      { fields: [{ path: 'badge', key: 'invalid' }] },
    );
  }
}

/** How a refusal names a delegate ("Không tìm thấy đại biểu …"). */
const DELEGATE = 'đại biểu';

/** A delegate that is not deleted. */
export async function liveDelegate(db: Kysely<Database>, id: number): Promise<DelegateRow> {
  const row = await delegateRow(db, id);
  if (row.deleted_at !== null) throw notFound(`${DELEGATE} #${id}`);
  return row;
}

export function createDelegate(
  db: Kysely<Database>,
  now: string,
  conferenceId: number,
  values: DelegateValues,
) {
  return transact(db, async (trx) => {
    await assertBadgeFree(trx, conferenceId, values.badge, null);
    return insertDelegate(trx, {
      conference_id: conferenceId,
      ...delegateColumns(values),
      source_file: '',
      created_at: now,
      updated_at: now,
    });
  });
}

/** Changes a delegate's details, if they are still the revision the window read. */
export function changeDelegate(
  db: Kysely<Database>,
  now: () => string,
  id: number,
  revision: number,
  values: DelegateValues,
): Promise<DelegateRow> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'delegates', id, revision, DELEGATE);
    const row = await liveDelegate(trx, id);
    await assertBadgeFree(trx, row.conference_id, values.badge, row.id);
    await updateDelegate(trx, row.id, { ...delegateColumns(values), updated_at: now() });
    return row;
  });
}

/**
 * Removes a selection of delegates, all or none, each only if it is still the revision the
 * window read; returns the conferences they belonged to.
 */
export function removeDelegates(
  db: Kysely<Database>,
  now: string,
  items: readonly { id: number; revision: number }[],
): Promise<number[]> {
  return transact(db, async (trx) => {
    await claimRevisions(trx, 'delegates', items, DELEGATE);
    const selected = inIds(
      trx,
      'id',
      items.map((item) => item.id),
    );
    const rows = await trx
      .selectFrom('delegates')
      .select(['id', 'conference_id', 'deleted_at'])
      .where(selected)
      .orderBy('id')
      .execute();
    const gone = rows.find((row) => row.deleted_at !== null);
    if (gone) throw notFound(`${DELEGATE} #${gone.id}`);
    await trx.updateTable('delegates').set({ deleted_at: now, updated_at: now }).where(selected).execute();
    return [...new Set(rows.map((row) => row.conference_id))];
  });
}

/**
 * Brings a deleted delegate back, unless someone else holds the badge meanwhile. The revision
 * moves on, as with any change of the record.
 */
export function restoreDelegate(db: Kysely<Database>, now: () => string, row: DelegateRow) {
  return transact(db, async (trx) => {
    await assertBadgeFree(trx, row.conference_id, row.badge, row.id);
    await trx
      .updateTable('delegates')
      .set((eb) => ({ deleted_at: null, updated_at: now(), revision: eb('revision', '+', 1) }))
      .where('id', '=', row.id)
      .execute();
  });
}
