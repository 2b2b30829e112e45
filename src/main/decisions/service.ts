import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { decisionCreateInput } from '../../shared/certificates';
import { appendAudit } from '../audit/log';
import type { Database } from '../db/schema';
import { assignAwards, numberUnnumbered } from './assign';
import { deleteDecision, insertDecision, readDecision, updateDecision, type StoredDecision } from './queries';

/** Changes to award decisions, each in one transaction with its audit row. */

type Clock = () => string;
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
  return db.transaction().execute(async (trx) => {
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

export function changeDecision(
  db: Kysely<Database>,
  now: Clock,
  before: StoredDecision,
  fields: DecisionFields,
) {
  const { id } = before;
  return db.transaction().execute(async (trx) => {
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
  });
}

/** Deletes a decision with its awards; returns the conference it belonged to. */
export async function removeDecision(db: Kysely<Database>, now: Clock, id: number): Promise<number> {
  const before = await readDecision(db, id);
  await db.transaction().execute(async (trx) => {
    await deleteDecision(trx, id);
    await appendAudit(trx, now(), {
      conferenceId: before.conferenceId,
      entity: 'decision',
      entityId: id,
      action: 'delete',
      before: { number: before.number, date: before.date, awardCount: before.awardCount },
    });
  });
  return before.conferenceId;
}

/** Gives the decision's awards to approved nominees; returns how many were added. */
export async function assignToDecision(
  db: Kysely<Database>,
  now: Clock,
  decision: StoredDecision,
  nomineeIds: number[],
): Promise<number> {
  const outcome = await db.transaction().execute(async (trx) => {
    const result = await assignAwards(trx, decision, nomineeIds, now());
    if (result.added > 0) {
      await appendAudit(trx, now(), {
        conferenceId: decision.conference_id,
        entity: 'decision',
        entityId: decision.id,
        action: 'assign',
        detail: decision.number,
        after: { added: result.added, registerId: decision.register_id, numbered: result.numbered },
      });
    }
    return result;
  });
  return outcome.added;
}
