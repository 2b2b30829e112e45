import type { Kysely } from 'kysely';
import type { CeremonyStatus } from '../../shared/projector';
import type { Database } from '../db/schema';

/** The writes of the ceremony, and the nominee facts it checks; called inside the caller's transaction. */

/** Whether a nominee (not deleted) can be in the ceremony: its conference, status and award form. */
export function nomineeStanding(db: Kysely<Database>, nomineeId: number) {
  return db
    .selectFrom('nominees')
    .select(['conference_id', 'status', 'award_form_id'])
    .where('id', '=', nomineeId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function findCeremonyRecord(db: Kysely<Database>, nomineeId: number) {
  return db
    .selectFrom('ceremony_records')
    .select(['status', 'proxy_name as proxyName'])
    .where('nominee_id', '=', nomineeId)
    .executeTakeFirst();
}

export async function upsertCeremonyRecord(
  db: Kysely<Database>,
  record: { nomineeId: number; conferenceId: number; status: CeremonyStatus; proxyName: string; at: string },
): Promise<void> {
  const { status, proxyName, at } = record;
  await db
    .insertInto('ceremony_records')
    .values({
      nominee_id: record.nomineeId,
      conference_id: record.conferenceId,
      status,
      proxy_name: proxyName,
      recorded_at: at,
    })
    .onConflict((oc) =>
      oc.column('nominee_id').doUpdateSet({ status, proxy_name: proxyName, recorded_at: at }),
    )
    .execute();
}

/** Removes a nominee's record; returns what it held, or undefined when there was none. */
export function deleteCeremonyRecord(db: Kysely<Database>, nomineeId: number) {
  return db
    .deleteFrom('ceremony_records')
    .where('nominee_id', '=', nomineeId)
    .returning(['conference_id', 'status', 'proxy_name'])
    .executeTakeFirst();
}
