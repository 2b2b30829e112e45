import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AuditEntryRecord, AuditFilter } from '../../shared/audit';
import { foldVietnamese } from '../../shared/text';
import type { Database } from '../db/schema';
import { foldedMatch } from '../db/search';

type AuditQuery = SelectQueryBuilder<Database, 'audit_log', object>;

// Instants compare as text only in one shape: the one appendAudit writes (toISOString).
const canonical = (instant: string): string => new Date(instant).toISOString();

/** The filters as a query over audit_log; every condition is optional. */
export function filteredAudit(db: Kysely<Database>, filter: AuditFilter): AuditQuery {
  let query: AuditQuery = db.selectFrom('audit_log');
  if (filter.conferenceId !== null) query = query.where('conference_id', '=', filter.conferenceId);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.operator !== null) query = query.where('operator', '=', filter.operator);
  if (filter.from) query = query.where('at', '>=', canonical(filter.from));
  if (filter.to) query = query.where('at', '<', canonical(filter.to));
  const words = foldVietnamese(filter.text);
  // Folded on both sides, so "le thi hoa" finds "Lê Thị Hoa" in the detail, values or operator.
  if (words) query = query.where(foldedMatch(db, 'search', words));
  return query;
}

/** The columns the viewer reads (not the search text). */
export const AUDIT_COLUMNS = [
  'id',
  'at',
  'operator',
  'conference_id',
  'entity',
  'entity_id',
  'action',
  'detail',
  'before',
  'after',
] as const;

interface AuditRow {
  id: number;
  at: string;
  operator: string;
  conference_id: number | null;
  entity: string;
  entity_id: number | null;
  action: string;
  detail: string;
  before: string | null;
  after: string | null;
}

const parsed = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};

export const toAuditEntry = (row: AuditRow): AuditEntryRecord => ({
  id: row.id,
  at: row.at,
  operator: row.operator,
  conferenceId: row.conference_id,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  detail: row.detail,
  before: parsed(row.before),
  after: parsed(row.after),
});

/** One page, newest first (ids grow with time: rows are only ever appended). */
export async function auditPage(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ entries: AuditEntryRecord[]; total: number }> {
  const { total } = await filteredAudit(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await filteredAudit(db, filter)
    .select(AUDIT_COLUMNS)
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { entries: rows.map(toAuditEntry), total: Number(total) };
}

/** Every operator name the log holds, for the viewer's filter. */
export async function auditOperators(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('operator').distinct().orderBy('operator').execute();
  return rows.map((r) => r.operator);
}

/** Every entry the filters keep, newest first: the whole log as the viewer shows it, for the file. */
export async function auditEntries(db: Kysely<Database>, filter: AuditFilter): Promise<AuditEntryRecord[]> {
  const rows = await filteredAudit(db, filter).select(AUDIT_COLUMNS).orderBy('id', 'desc').execute();
  return rows.map(toAuditEntry);
}
