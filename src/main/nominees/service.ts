import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { nomineeBulkUpdateInput, NomineeValues } from '../../shared/nominees';
import { appendAudit } from '../audit/log';
import { notFound } from '../core/app-error';
import { claimRevision, claimRevisions, type RevisedId } from '../db/revision';
import type { Database } from '../db/schema';
import { awardChanged, awardOf, readAwardFacts, type AwardFacts } from './award-facts';
import {
  idsByDeletion,
  insertNominees,
  newWriteContext,
  requireAwardForm,
  setDeletedAt,
  updateLiveNominees,
  updateNominee,
} from './write';
import { transact } from '../db/transact';

/** Changes to nominees, each in one transaction with the audit rows of what it changed. */

type Clock = () => string;

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

/** Adds one nominee; returns its id. */
export async function createNominee(
  db: Kysely<Database>,
  now: Clock,
  conferenceId: number,
  values: NomineeValues,
): Promise<number | undefined> {
  const [id] = await transact(db, async (trx) => {
    const at = now();
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
  return id;
}

const NOMINEE = 'đối tượng';

/** Replaces a nominee's details, if it is still the revision the window read. */
export function changeNominee(
  db: Kysely<Database>,
  now: Clock,
  { id, revision }: { id: number; revision: number },
  values: NomineeValues,
): Promise<void> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'nominees', id, revision, NOMINEE);
    const at = now();
    const before = await readAwardFacts(trx, [id]);
    if (!(await updateNominee(trx, id, values, newWriteContext(at)))) throw notFound(`${NOMINEE} #${id}`);
    await auditAwardChanges(trx, at, before, await readAwardFacts(trx, [id]));
  });
}

/** Sets the award form and/or status of many nominees; returns how many changed, or null when nothing was to be set. */
export async function bulkUpdateNominees(
  db: Kysely<Database>,
  now: Clock,
  { items, set }: z.output<typeof nomineeBulkUpdateInput>,
): Promise<number | null> {
  const ids = items.map((item) => item.id);
  const changes = {
    ...(set.awardFormId !== undefined ? { award_form_id: set.awardFormId } : {}),
    ...(set.status !== undefined ? { status: set.status } : {}),
  };
  if (Object.keys(changes).length === 0) return null;
  return transact(db, async (trx) => {
    await claimRevisions(trx, 'nominees', items, NOMINEE);
    if (set.awardFormId !== undefined && set.awardFormId !== null) {
      await requireAwardForm(trx, set.awardFormId, new Set(), 'set.awardFormId');
    }
    const before = await readAwardFacts(trx, ids);
    const n = await updateLiveNominees(trx, ids, changes, now);
    const live = before.map((b) => b.id);
    await auditAwardChanges(trx, now(), before, await readAwardFacts(trx, live));
    return n;
  });
}

/**
 * Deletes (softly) the selected nominees, each at the revision the list showed, or (`items`
 * null) restores the given ids just deleted; one transaction for all.
 */
export function setDeleted(
  db: Kysely<Database>,
  now: Clock,
  ids: number[],
  deletedAt: string | null,
  items: readonly RevisedId[] | null = null,
) {
  return transact(db, async (trx) => {
    if (items) await claimRevisions(trx, 'nominees', items, NOMINEE);
    const affected = await idsByDeletion(trx, ids, deletedAt === null);
    const facts = await readAwardFacts(trx, affected);
    for (const conferenceId of new Set(facts.map((f) => f.conferenceId))) {
      const mine = facts.filter((f) => f.conferenceId === conferenceId);
      await appendAudit(trx, now(), {
        conferenceId,
        entity: 'nominee',
        entityId: mine.length === 1 ? (mine[0]?.id ?? null) : null,
        action: deletedAt === null ? 'restore' : 'delete',
        detail: mine.length === 1 ? (mine[0]?.fullName ?? '') : `${mine.length} đối tượng`,
        before: mine.map(awardOf),
      });
    }
    return setDeletedAt(trx, ids, deletedAt, now);
  });
}
