import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { awardMethods } from '../../shared/api/contract-awards';
import { findAwardFormByName, insertAwardForm, listAwardForms } from './queries';
import { changeAwardForm, duplicateName } from './service';

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
      const form = await changeAwardForm(db, id, revision, values);
      changed();
      return form;
    },
  };
}
