import type { Kysely } from 'kysely';
import {
  ceremonyRecordValues,
  type CeremonyList,
  type CeremonyRecord,
  type CeremonyRecordInput,
} from '../../shared/projector';
import { appendAudit } from '../audit/log';
import { AppError, notFound } from '../core/app-error';
import type { Database } from '../db/schema';
import {
  deleteCeremonyRecord,
  findCeremonyRecord,
  nomineeStanding,
  upsertCeremonyRecord,
} from './ceremony-queries';
import { readCeremonyBatches, readCeremonyRecords, readSetting } from './queries';
import { transact } from '../db/transact';

/** The ceremony: who is called up in which batch, and who received, was absent or sent someone. */

export async function ceremonyList(db: Kysely<Database>, conferenceId: number): Promise<CeremonyList> {
  const { batchSize } = await readSetting(db, conferenceId);
  const batches = await readCeremonyBatches(db, conferenceId, batchSize);
  const inCeremony = new Set(batches.flatMap((b) => b.honorees.map((h) => h.nomineeId)));
  // Records of honorees no longer approved stay stored but are neither listed nor counted.
  const records = (await readCeremonyRecords(db, conferenceId)).filter((r) => inCeremony.has(r.nomineeId));
  const count = (status: string) => records.filter((r) => r.status === status).length;
  return {
    batchSize,
    batches,
    records,
    counts: {
      total: inCeremony.size,
      received: count('received'),
      absent: count('absent'),
      proxy: count('proxy'),
      pending: inCeremony.size - records.length,
    },
  };
}

/** The approved honoree of a nominee id, with its conference. */
async function honoreeConference(db: Kysely<Database>, nomineeId: number): Promise<number> {
  const row = await nomineeStanding(db, nomineeId);
  if (!row) throw notFound(`đối tượng #${nomineeId}`);
  if (row.status !== 'duoc_duyet' || row.award_form_id === null) {
    throw new AppError(
      'CONFLICT',
      'Đối tượng này chưa được duyệt khen thưởng (hoặc chưa có hình thức), nên không có trong buổi trao.',
    );
  }
  return row.conference_id;
}

/** Records what happened at the call of an honoree; returns the record and its conference. */
export async function recordCeremony(
  db: Kysely<Database>,
  at: string,
  input: CeremonyRecordInput,
): Promise<{ record: CeremonyRecord; conferenceId: number }> {
  const values = ceremonyRecordValues(input);
  if (!values.ok) {
    throw new AppError('VALIDATION', values.message, { fields: [{ path: 'proxyName', key: 'required' }] });
  }
  const conferenceId = await honoreeConference(db, input.nomineeId);
  const after = { status: values.status, proxyName: values.proxyName };
  await transact(db, async (trx) => {
    const before = await findCeremonyRecord(trx, input.nomineeId);
    await upsertCeremonyRecord(trx, { nomineeId: input.nomineeId, conferenceId, ...after, at });
    await appendAudit(trx, at, {
      conferenceId,
      entity: 'ceremony',
      entityId: input.nomineeId,
      action: 'record',
      ...(before ? { before } : {}),
      after,
    });
  });
  const record = {
    nomineeId: input.nomineeId,
    status: values.status,
    proxyName: values.proxyName,
    recordedAt: at,
  };
  return { record, conferenceId };
}

/** Forgets a nominee's record; returns the conference it belonged to, or null when there was none. */
export function clearCeremony(
  db: Kysely<Database>,
  now: () => string,
  nomineeId: number,
): Promise<number | null> {
  return transact(db, async (trx) => {
    const removed = await deleteCeremonyRecord(trx, nomineeId);
    if (!removed) return null;
    await appendAudit(trx, now(), {
      conferenceId: removed.conference_id,
      entity: 'ceremony',
      entityId: nomineeId,
      action: 'clear',
      before: { status: removed.status, proxyName: removed.proxy_name },
    });
    return removed.conference_id;
  });
}
