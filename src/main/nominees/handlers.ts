import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/log';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { nomineeMethods } from '../../shared/api/contract-nominees';
import type { Database } from '../db/schema';
import { findConference } from '../conferences/queries';
import { findNominee, listNomineeIds, listNominees } from './queries';
import { awardChanged, awardOf, readAwardFacts, type AwardFacts } from './award-facts';
import { insertNominees, newWriteContext, updateNominee } from './write';

type NomineeHandlers = HandlersOf<typeof nomineeMethods>;

// SQLite allows a limited number of bound values per statement.
const CHUNK = 500;
const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

async function requireConference(db: Kysely<Database>, id: number): Promise<void> {
  if (!(await findConference(db, id))) throw notFound(`hội nghị #${id}`);
}

/**
 * One audit row per conference for the nominees whose award form or status changed between
 * `before` and `after` (same ids, same order); nothing when none did.
 */
async function auditAwardChanges(
  trx: Kysely<Database>,
  at: string,
  before: AwardFacts[],
  after: AwardFacts[],
): Promise<void> {
  const changed = new Map<number, { before: AwardFacts[]; after: AwardFacts[] }>();
  before.forEach((b, i) => {
    const a = after[i];
    if (!a || !awardChanged(b, a)) return;
    const group = changed.get(b.conferenceId) ?? { before: [], after: [] };
    group.before.push(b);
    group.after.push(a);
    changed.set(b.conferenceId, group);
  });
  for (const [conferenceId, group] of changed) {
    const single = group.before.length === 1 ? group.before[0] : undefined;
    await appendAudit(trx, at, {
      conferenceId,
      entity: 'nominee',
      entityId: single ? single.id : null,
      action: 'award',
      detail: single ? single.fullName : `${group.before.length} đối tượng`,
      before: single ? awardOf(single) : group.before.map(awardOf),
      after: single ? awardOf(group.after[0] ?? single) : group.after.map(awardOf),
    });
  }
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
  const { db, readDb } = ctx.store;
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
      const affected: number[] = [];
      for (const part of chunks(ids)) {
        const rows = await trx
          .selectFrom('nominees')
          .select('id')
          .where('id', 'in', part)
          .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
          .execute();
        affected.push(...rows.map((r) => r.id));
      }
      const facts = await readAwardFacts(trx, affected);
      for (const conferenceId of new Set(facts.map((f) => f.conferenceId))) {
        const mine = facts.filter((f) => f.conferenceId === conferenceId);
        await appendAudit(trx, ctx.now().toISOString(), {
          conferenceId,
          entity: 'nominee',
          entityId: mine.length === 1 ? (mine[0]?.id ?? null) : null,
          action: deletedAt === null ? 'restore' : 'delete',
          detail: mine.length === 1 ? (mine[0]?.fullName ?? '') : `${mine.length} đối tượng`,
          before: mine.map(awardOf),
        });
      }
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
      await requireConference(readDb, params.conferenceId);
      return listNominees(readDb, params);
    },
    'nominees.ids': (filter) => listNomineeIds(readDb, filter),
    'nominees.get': ({ id }) => get(id),

    'nominees.create': async ({ conferenceId, ...values }) => {
      await requireConference(db, conferenceId);
      const [id] = await db.transaction().execute(async (trx) => {
        const at = ctx.now().toISOString();
        const created = await insertNominees(trx, conferenceId, [{ values }], newWriteContext(at));
        const [facts] = await readAwardFacts(trx, created);
        if (facts) {
          await appendAudit(trx, at, {
            conferenceId,
            entity: 'nominee',
            entityId: facts.id,
            action: 'create',
            detail: facts.fullName,
            after: awardOf(facts),
          });
        }
        return created;
      });
      changed(conferenceId);
      return get(id ?? 0);
    },

    'nominees.update': async ({ id, ...values }) => {
      const done = await db.transaction().execute(async (trx) => {
        const at = ctx.now().toISOString();
        const before = await readAwardFacts(trx, [id]);
        const updated = await updateNominee(trx, id, values, newWriteContext(at));
        if (updated) await auditAwardChanges(trx, at, before, await readAwardFacts(trx, [id]));
        return updated;
      });
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
        const before = await readAwardFacts(trx, ids);
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
        const live = before.map((b) => b.id);
        await auditAwardChanges(trx, ctx.now().toISOString(), before, await readAwardFacts(trx, live));
        return n;
      });
      await changedFor(ids);
      return { updated };
    },

    'nominees.delete': async ({ ids }) => ({ deleted: await setDeleted(ids, ctx.now().toISOString()) }),
    'nominees.restore': async ({ ids }) => ({ restored: await setDeleted(ids, null) }),
  };
}
