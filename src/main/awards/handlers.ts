import { AppError, notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import { claimRevision } from '../db/revision';
import type { awardMethods } from '../../shared/api/contract-awards';
import { findAwardFormByName, insertAwardForm, listAwardForms, updateAwardForm } from './queries';

const duplicateName = (name: string) =>
  new AppError('CONFLICT', `Đã có hình thức khen thưởng tên “${name}”.`, {
    fields: [{ path: 'name', key: 'duplicate' }],
  });

export function awardHandlers(ctx: CoreContext): HandlersOf<typeof awardMethods> {
  const { db } = ctx.store;
  const changed = () => ctx.events.emit({ type: 'awards.changed' });
  return {
    'awards.list': ({ includeInactive }) => listAwardForms(db, includeInactive),
    'awards.create': async (values) => {
      if (await findAwardFormByName(db, values.name)) throw duplicateName(values.name);
      const form = await insertAwardForm(db, values, ctx.now().toISOString());
      changed();
      return form;
    },
    'awards.update': async ({ id, revision, ...values }) => {
      const form = await db.transaction().execute(async (trx) => {
        await claimRevision(trx, 'award_forms', id, revision, 'hình thức khen thưởng');
        const clash = await findAwardFormByName(trx, values.name);
        if (clash && clash.id !== id) throw duplicateName(values.name);
        const updated = await updateAwardForm(trx, id, values);
        if (!updated) throw notFound(`hình thức khen thưởng #${id}`);
        return updated;
      });
      changed();
      return form;
    },
  };
}
