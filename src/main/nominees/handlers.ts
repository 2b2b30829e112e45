import type { Kysely } from 'kysely';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { Handlers } from '../core/dispatcher';
import type { Database } from '../db/schema';
import { findConference } from '../conferences/queries';
import { findNominee, listNomineeIds, listNominees } from './queries';
import { insertNominees, newWriteContext, updateNominee } from './write';

type NomineeHandlers = Pick<
  Handlers,
  | 'nominees.list'
  | 'nominees.ids'
  | 'nominees.get'
  | 'nominees.create'
  | 'nominees.update'
  | 'nominees.bulkUpdate'
  | 'nominees.delete'
  | 'nominees.restore'
>;

// SQLite allows a limited number of bound values per statement.
const CHUNK = 500;
const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

async function requireConference(db: Kysely<Database>, id: number): Promise<void> {
  if (!(await findConference(db, id))) throw notFound(`hội nghị #${id}`);
}

async function conferenceOf(db: Kysely<Database>, ids: number[]): Promise<number[]> {
  const rows = await db
    .selectFrom('nominees')
    .select('conference_id')
    .distinct()
    .where('id', 'in', ids.slice(0, CHUNK))
    .execute();
  return rows.map((r) => r.conference_id);
}

export function nomineeHandlers(ctx: CoreContext): NomineeHandlers {
  const { db } = ctx.store;
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'nominees.changed', conferenceId });
  const changedFor = async (ids: number[]) => {
    for (const conferenceId of await conferenceOf(db, ids)) changed(conferenceId);
  };

  const get = async (id: number) => {
    const nominee = await findNominee(db, id);
    if (!nominee) throw notFound(`đối tượng #${id}`);
    return nominee;
  };

  /** Sets `deleted_at` on the given rows (null restores); one transaction for all. */
  const setDeleted = async (ids: number[], deletedAt: string | null): Promise<number> => {
    const count = await db.transaction().execute(async (trx) => {
      let n = 0;
      for (const part of chunks(ids)) {
        const result = await trx
          .updateTable('nominees')
          .set({ deleted_at: deletedAt, updated_at: ctx.now().toISOString() })
          .where('id', 'in', part)
          .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
          .executeTakeFirst();
        n += Number(result.numUpdatedRows);
      }
      return n;
    });
    await changedFor(ids);
    return count;
  };

  return {
    'nominees.list': async (params) => {
      await requireConference(db, params.conferenceId);
      return listNominees(db, params);
    },
    'nominees.ids': (filter) => listNomineeIds(db, filter),
    'nominees.get': ({ id }) => get(id),

    'nominees.create': async ({ conferenceId, ...values }) => {
      await requireConference(db, conferenceId);
      const [id] = await db
        .transaction()
        .execute((trx) =>
          insertNominees(trx, conferenceId, [{ values }], newWriteContext(ctx.now().toISOString())),
        );
      changed(conferenceId);
      return get(id ?? 0);
    },

    'nominees.update': async ({ id, ...values }) => {
      const done = await db
        .transaction()
        .execute((trx) => updateNominee(trx, id, values, newWriteContext(ctx.now().toISOString())));
      if (!done) throw notFound(`đối tượng #${id}`);
      const nominee = await get(id);
      changed(nominee.conferenceId);
      return nominee;
    },

    'nominees.bulkUpdate': async ({ ids, set }) => {
      const changes = {
        ...(set.awardFormId !== undefined ? { award_form_id: set.awardFormId } : {}),
        ...(set.status !== undefined ? { status: set.status } : {}),
      };
      if (Object.keys(changes).length === 0) return { updated: 0 };
      const updated = await db.transaction().execute(async (trx) => {
        let n = 0;
        for (const part of chunks(ids)) {
          const result = await trx
            .updateTable('nominees')
            .set({ ...changes, updated_at: ctx.now().toISOString() })
            .where('id', 'in', part)
            .where('deleted_at', 'is', null)
            .executeTakeFirst();
          n += Number(result.numUpdatedRows);
        }
        return n;
      });
      await changedFor(ids);
      return { updated };
    },

    'nominees.delete': async ({ ids }) => ({ deleted: await setDeleted(ids, ctx.now().toISOString()) }),
    'nominees.restore': async ({ ids }) => ({ restored: await setDeleted(ids, null) }),
  };
}
