import type { Kysely } from 'kysely';
import { foldVietnamese } from '../../shared/text';
import type { Database } from '../db/schema';
import { readTextSetting } from '../settings/queries';

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

/**
 * The operator name set in the settings, read inside the caller's transaction so the row names
 * whoever was set when the change was made; '' when none is set or the value is unreadable.
 */
export function currentOperator(db: Kysely<Database>): Promise<string> {
  return readTextSetting(db, 'operatorName');
}

/** Call inside the transaction that makes the change, so the change and its row go together. */
export async function appendAudit(db: Kysely<Database>, at: string, entry: AuditEntry): Promise<void> {
  const detail = entry.detail ?? '';
  const before = entry.before === undefined ? null : JSON.stringify(entry.before);
  const after = entry.after === undefined ? null : JSON.stringify(entry.after);
  const operator = await currentOperator(db);
  await db
    .insertInto('audit_log')
    .values({
      at,
      conference_id: entry.conferenceId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      detail,
      before,
      after,
      operator,
      // The same text migration 0009 folds for the rows written before it.
      search: foldVietnamese(`${detail} ${operator} ${before ?? ''} ${after ?? ''}`),
    })
    .execute();
}
