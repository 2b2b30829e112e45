import type { Kysely } from 'kysely';
import type { AwardForm } from '../../shared/awards';
import { AppError, notFound } from '../core/app-error';
import { claimRevision } from '../db/revision';
import type { Database } from '../db/schema';
import { findAwardFormByName, updateAwardForm } from './queries';
import { transact } from '../db/transact';

export const duplicateName = (name: string) =>
  new AppError('CONFLICT', `Đã có hình thức khen thưởng tên “${name}”.`, {
    fields: [{ path: 'name', key: 'duplicate' }],
  });

/**
 * Changes a form the window read at `revision`. The claim, the name check and the write are one
 * transaction, so a refusal of either kind leaves the form (and its revision) as it was.
 */
export function changeAwardForm(
  db: Kysely<Database>,
  id: number,
  revision: number,
  values: Omit<AwardForm, 'id' | 'revision'>,
): Promise<AwardForm> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'award_forms', id, revision, 'hình thức khen thưởng');
    const clash = await findAwardFormByName(trx, values.name);
    if (clash && clash.id !== id) throw duplicateName(values.name);
    const updated = await updateAwardForm(trx, id, values);
    if (!updated) throw notFound(`hình thức khen thưởng #${id}`);
    return updated;
  });
}
