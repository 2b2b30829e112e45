import type { Kysely } from 'kysely';
import { addressName, foldQuery, normalizeBadge, type DelegateValues } from '../../shared/delegates';
import { findConference } from '../conferences/queries';
import { AppError, notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import type { Database } from '../db/schema';
import { checkIn, undoCheckIn } from './checkin';
import { delegateImportHandlers } from './import';
import { writeDelegateListPdf } from './list-pdf';
import {
  delegateColumns,
  delegateRow,
  delegatesInOrder,
  findByBadge,
  listDelegates,
  readAttendance,
  toDelegate,
} from './queries';
import { DelegateSearchIndex } from './search-index';

type DelegateHandlers = Pick<
  Handlers,
  | 'delegates.list'
  | 'delegates.create'
  | 'delegates.update'
  | 'delegates.delete'
  | 'delegates.restore'
  | 'delegates.search'
  | 'delegates.checkIn'
  | 'delegates.undoCheckIn'
  | 'delegates.attendance'
  | 'delegates.listPdf'
  | 'delegates.importOpen'
  | 'delegates.importCommit'
>;

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

/** Delegates, their import and check-in. */
export function delegateHandlers(ctx: CoreContext): DelegateHandlers {
  const { db, readDb } = ctx.store;
  const index = new DelegateSearchIndex(() => ctx.store.readDb, ctx.events);
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'delegates.changed', conferenceId });
  // A check-in changes no searched text: every window refreshes, the search index stays.
  const checkedIn = (conferenceId: number) => index.keepThrough(() => changed(conferenceId));

  const liveRow = async (id: number) => {
    const row = await delegateRow(db, id);
    if (row.deleted_at !== null) throw notFound(`đại biểu #${id}`);
    return row;
  };

  return {
    'delegates.list': (input) => listDelegates(readDb, input),

    'delegates.create': async ({ conferenceId, ...values }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      const now = ctx.now().toISOString();
      const id = await db.transaction().execute(async (trx) => {
        await assertBadgeFree(trx, conferenceId, values.badge, null);
        const inserted = await trx
          .insertInto('delegates')
          .values({
            conference_id: conferenceId,
            ...delegateColumns(values),
            source_file: '',
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return inserted.id;
      });
      changed(conferenceId);
      return toDelegate(await delegateRow(db, id));
    },

    'delegates.update': async ({ id, ...values }: { id: number } & DelegateValues) => {
      const row = await liveRow(id);
      await db.transaction().execute(async (trx) => {
        await assertBadgeFree(trx, row.conference_id, values.badge, id);
        await trx
          .updateTable('delegates')
          .set({ ...delegateColumns(values), updated_at: ctx.now().toISOString() })
          .where('id', '=', id)
          .execute();
      });
      changed(row.conference_id);
      return toDelegate(await delegateRow(db, id));
    },

    'delegates.delete': async ({ id }) => {
      const row = await liveRow(id);
      const now = ctx.now().toISOString();
      await db
        .updateTable('delegates')
        .set({ deleted_at: now, updated_at: now })
        .where('id', '=', id)
        .execute();
      changed(row.conference_id);
      return toDelegate(row);
    },

    'delegates.restore': async ({ id }) => {
      const row = await delegateRow(db, id);
      if (row.deleted_at === null) return toDelegate(row);
      await db.transaction().execute(async (trx) => {
        await assertBadgeFree(trx, row.conference_id, row.badge, id);
        await trx
          .updateTable('delegates')
          .set({ deleted_at: null, updated_at: ctx.now().toISOString() })
          .where('id', '=', id)
          .execute();
      });
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
