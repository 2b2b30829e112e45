import type { Kysely } from 'kysely';
import { addressName, type DelegateValues } from '../../shared/delegates';
import { AppError, notFound } from '../core/app-error';
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

/** A delegate that is not deleted. */
export async function liveDelegate(db: Kysely<Database>, id: number): Promise<DelegateRow> {
  const row = await delegateRow(db, id);
  if (row.deleted_at !== null) throw notFound(`đại biểu #${id}`);
  return row;
}

export function createDelegate(
  db: Kysely<Database>,
  now: string,
  conferenceId: number,
  values: DelegateValues,
) {
  return db.transaction().execute(async (trx) => {
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

export function changeDelegate(
  db: Kysely<Database>,
  now: () => string,
  row: DelegateRow,
  values: DelegateValues,
) {
  return db.transaction().execute(async (trx) => {
    await assertBadgeFree(trx, row.conference_id, values.badge, row.id);
    await updateDelegate(trx, row.id, { ...delegateColumns(values), updated_at: now() });
  });
}

export async function removeDelegate(db: Kysely<Database>, now: string, id: number): Promise<void> {
  await updateDelegate(db, id, { deleted_at: now, updated_at: now });
}

/** Brings a deleted delegate back, unless someone else holds the badge meanwhile. */
export function restoreDelegate(db: Kysely<Database>, now: () => string, row: DelegateRow) {
  return db.transaction().execute(async (trx) => {
    await assertBadgeFree(trx, row.conference_id, row.badge, row.id);
    await updateDelegate(trx, row.id, { deleted_at: null, updated_at: now() });
  });
}
