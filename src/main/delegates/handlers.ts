import { foldQuery, normalizeBadge, type DelegateValues } from '../../shared/delegates';
import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { delegateMethods } from '../../shared/api/contract-delegates';
import { checkIn, undoCheckIn } from './checkin';
import { delegateImportHandlers } from './import';
import { writeDelegateListPdf } from './list-pdf';
import { delegateRow, delegatesInOrder, listDelegates, readAttendance, toDelegate } from './queries';
import { DelegateSearchIndex } from './search-index';
import { changeDelegate, createDelegate, liveDelegate, removeDelegates, restoreDelegate } from './service';

type DelegateHandlers = HandlersOf<typeof delegateMethods>;

/** Delegates, their import and check-in. */
export function delegateHandlers(ctx: CoreContext): DelegateHandlers {
  const { db, readDb } = ctx.store;
  const now = () => ctx.now().toISOString();
  const index = new DelegateSearchIndex(() => ctx.store.readDb, ctx.events);
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'delegates.changed', conferenceId });
  // A check-in changes no searched text: every window refreshes, the search index stays.
  const checkedIn = (conferenceId: number) => index.keepThrough(() => changed(conferenceId));

  return {
    'delegates.list': (input) => listDelegates(readDb, input),
    'delegates.get': async ({ id }) => toDelegate(await liveDelegate(readDb, id)),

    'delegates.create': async ({ conferenceId, ...values }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      const id = await createDelegate(db, ctx.now().toISOString(), conferenceId, values);
      changed(conferenceId);
      return toDelegate(await delegateRow(db, id));
    },
    'delegates.update': async ({
      id,
      revision,
      ...values
    }: { id: number; revision: number } & DelegateValues) => {
      const row = await changeDelegate(db, now, id, revision, values);
      changed(row.conference_id);
      return toDelegate(await delegateRow(db, id));
    },
    'delegates.delete': async ({ items }) => {
      const conferences = await removeDelegates(db, now(), items);
      for (const conferenceId of conferences) changed(conferenceId);
      return { deleted: items.length };
    },
    'delegates.restore': async ({ id }) => {
      const row = await delegateRow(db, id);
      if (row.deleted_at === null) return toDelegate(row);
      await restoreDelegate(db, now, row);
      changed(row.conference_id);
      return toDelegate(await delegateRow(db, id));
    },

    'delegates.search': async ({ conferenceId, query, limit }) => {
      const hit = await index.search(conferenceId, foldQuery(query), normalizeBadge(query), limit);
      return { items: await delegatesInOrder(readDb, hit.ids), badgeMatchId: hit.badgeMatchId };
    },

    'delegates.checkIn': async (input) => {
      const id = await checkIn(db, input, ctx.now().toISOString());
      checkedIn(input.conferenceId);
      return {
        delegate: toDelegate(await delegateRow(db, id)),
        attendance: await readAttendance(db, input.conferenceId),
      };
    },

    'delegates.undoCheckIn': async ({ id }) => {
      const row = await undoCheckIn(db, id, ctx.now().toISOString());
      checkedIn(row.conference_id);
      return {
        delegate: toDelegate(await delegateRow(db, id)),
        attendance: await readAttendance(db, row.conference_id),
      };
    },

    'delegates.attendance': ({ conferenceId }) => readAttendance(readDb, conferenceId),

    'delegates.listPdf': ({ conferenceId, group }) => writeDelegateListPdf(ctx, conferenceId, group),

    ...delegateImportHandlers(ctx),
  };
}
