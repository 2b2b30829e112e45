import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { nomineeMethods } from '../../shared/api/contract-nominees';
import { findConference } from '../conferences/queries';
import { findNominee, listNomineeIds, listNominees, nomineeRefs } from './queries';
import { bulkUpdateNominees, changeNominee, createNominee, setDeleted } from './service';
import { conferencesOf } from './write';
import type { RevisedId } from '../db/revision';

export function nomineeHandlers(ctx: CoreContext): HandlersOf<typeof nomineeMethods> {
  const { db, readDb } = ctx.store;
  const now = () => ctx.now().toISOString();
  const requireConference = async (id: number) => {
    if (!(await findConference(readDb, id))) throw notFound(`hội nghị #${id}`);
  };
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'nominees.changed', conferenceId });
  const changedFor = async (ids: number[]) => {
    for (const conferenceId of await conferencesOf(db, ids)) changed(conferenceId);
  };
  const get = async (id: number) => {
    const nominee = await findNominee(db, id);
    if (!nominee) throw notFound(`đối tượng #${id}`);
    return nominee;
  };
  const deleted = async (ids: number[], deletedAt: string | null, items: RevisedId[] | null) => {
    const count = await setDeleted(db, now, ids, deletedAt, items);
    await changedFor(ids);
    return count;
  };

  return {
    'nominees.list': async (params) => {
      await requireConference(params.conferenceId);
      return listNominees(readDb, params);
    },
    'nominees.ids': (filter) => listNomineeIds(readDb, filter),
    'nominees.get': ({ id }) => get(id),
    'nominees.create': async ({ conferenceId, ...values }) => {
      await requireConference(conferenceId);
      const id = await createNominee(db, now, conferenceId, values);
      changed(conferenceId);
      return get(id ?? 0);
    },
    'nominees.update': async ({ id, revision, ...values }) => {
      await changeNominee(db, now, { id, revision }, values);
      const nominee = await get(id);
      changed(nominee.conferenceId);
      return nominee;
    },
    'nominees.bulkUpdate': async (input) => {
      const ids = input.items.map((item) => item.id);
      const updated = await bulkUpdateNominees(db, now, input);
      if (updated !== null) await changedFor(ids);
      return { updated: updated ?? 0, items: await nomineeRefs(db, ids) };
    },
    'nominees.delete': async ({ items }) => ({
      deleted: await deleted(
        items.map((item) => item.id),
        now(),
        items,
      ),
    }),
    'nominees.restore': async ({ ids }) => ({ restored: await deleted(ids, null, null) }),
  };
}
