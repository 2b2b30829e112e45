import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** One fact for the append-only audit log: who did what to which record, before and after. */
export interface AuditEntry {
  conferenceId: number | null;
  entity: string;
  entityId: number | null;
  action: string;
  detail?: string;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(db: Kysely<Database>, at: string, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at,
      conference_id: entry.conferenceId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      detail: entry.detail ?? '',
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
