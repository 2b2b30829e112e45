import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { decisionCreateInput } from '../../shared/certificates';
import { appendAudit } from '../audit/log';
import { claimRevision } from '../db/revision';
import type { Database } from '../db/schema';
import { assignAwards, numberUnnumbered } from './assign';
import {
  decisionRow,
  deleteDecision,
  insertDecision,
  readDecision,
  registerRow,
  updateDecision,
  type StoredDecision,
} from './queries';
import { refuseDuplicateNumber } from './unique-number';
import { transact } from '../db/transact';

/** Changes to award decisions, each in one transaction with its audit row. */

type Clock = () => string;
const DECISION = 'quyết định khen thưởng';
export type DecisionFields = Omit<z.output<typeof decisionCreateInput>, 'conferenceId'>;

function decisionColumns(f: DecisionFields) {
  return {
    number: f.number,
    date: f.date,
    issuer: f.issuer,
    signer_capacity: f.signerCapacity,
    signer_title: f.signerTitle,
    signer_name: f.signerName,
    place_name: f.placeName,
    register_id: f.registerId,
  };
}

export function createDecision(
  db: Kysely<Database>,
  now: Clock,
  conferenceId: number,
  fields: DecisionFields,
) {
  return transact(db, async (trx) => {
    await refuseDuplicateNumber(trx, conferenceId, fields, null);
    const id = await insertDecision(trx, {
      conference_id: conferenceId,
      ...decisionColumns(fields),
      created_at: now(),
      updated_at: now(),
    });
    await appendAudit(trx, now(), {
      conferenceId,
      entity: 'decision',
      entityId: id,
      action: 'create',
      after: fields,
    });
    return id;
  });
}

/**
 * Changes a decision the window read at `revision` (refused if it changed since, its awards
 * included); returns the conference it belongs to.
 */
export function changeDecision(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
  fields: DecisionFields,
): Promise<number> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'decisions', id, revision, DECISION);
    const before = await decisionRow(trx, id);
    await refuseDuplicateNumber(trx, before.conference_id, fields, id);
    if (fields.registerId !== null) await registerRow(trx, fields.registerId);
    await updateDecision(trx, id, { ...decisionColumns(fields), updated_at: now() });
    // Awards already numbered keep their numbers; only those without one take the new register's.
    const numbered =
      fields.registerId !== null && fields.registerId !== before.register_id
        ? await numberUnnumbered(trx, id, fields.registerId)
        : null;
    await appendAudit(trx, now(), {
      conferenceId: before.conference_id,
      entity: 'decision',
      entityId: id,
      action: 'update',
      before: { number: before.number, date: before.date, registerId: before.register_id },
      after: { ...fields, numbered },
    });
    return before.conference_id;
  });
}

/** Deletes a decision with its awards, if unchanged since `revision`; returns its conference. */
export function removeDecision(
  db: Kysely<Database>,
  now: Clock,
  id: number,
  revision: number,
): Promise<number> {
  return transact(db, async (trx) => {
    await claimRevision(trx, 'decisions', id, revision, DECISION);
    const before = await readDecision(trx, id);
    await deleteDecision(trx, id);
    await appendAudit(trx, now(), {
      conferenceId: before.conferenceId,
      entity: 'decision',
      entityId: id,
      action: 'delete',
      before: { number: before.number, date: before.date, awardCount: before.awardCount },
    });
    return before.conferenceId;
  });
}

// Thrown to roll back a claim that gave nothing: an assignment that adds no award is no change.
const NOTHING_NEW = Symbol('nothing new');

/**
 * Gives the decision's awards to approved nominees, from a view of the decision at `revision`
 * (a decision changed since, or given awards elsewhere, is refused); returns the decision with
 * how many were added.
 */
export async function assignToDecision(
  db: Kysely<Database>,
  now: Clock,
  {
    decisionId: id,
    revision,
    nomineeIds,
    registerNext,
  }: { decisionId: number; revision: number; nomineeIds: number[]; registerNext?: number | undefined },
): Promise<{ decision: StoredDecision; added: number }> {
  try {
    return await transact(db, async (trx) => {
      await claimRevision(trx, 'decisions', id, revision, DECISION);
      const decision = await decisionRow(trx, id);
      const result = await assignAwards(trx, decision, nomineeIds, now(), registerNext);
      if (result.added === 0) throw NOTHING_NEW;
      await appendAudit(trx, now(), {
        conferenceId: decision.conference_id,
        entity: 'decision',
        entityId: decision.id,
        action: 'assign',
        detail: decision.number,
        after: {
          added: result.added,
          registerId: decision.register_id,
          numbered: result.numbered,
          reward: result.reward,
        },
      });
      return { decision, added: result.added };
    });
  } catch (error) {
    if (error !== NOTHING_NEW) throw error;
    return { decision: await decisionRow(db, id), added: 0 };
  }
}
