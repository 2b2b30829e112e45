import { sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../core/app-error';
import { idPairs, inIds } from './portable';
import type { Database } from './schema';

/** The tables whose rows a person edits, each row with a `revision` (migration 0010; base salaries since 0011, document templates and legal bases since 0012). */
export const REVISED_TABLES = [
  'conferences',
  'award_forms',
  'nominees',
  'council_members',
  'voting_rules',
  'polls',
  'registers',
  'decisions',
  'certificate_templates',
  'agenda_items',
  'delegates',
  'base_salaries',
  'document_templates',
  'document_legal_bases',
] as const satisfies readonly (keyof Database)[];

export type RevisedTable = (typeof REVISED_TABLES)[number];

export const STALE_RECORD = 'Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.';

type Db = Kysely<Database> | Transaction<Database>;

export interface RevisedId {
  id: number;
  revision: number;
}

/** The refusal of a write based on an old copy; `current` lets the window say what changed. */
export function staleRecord(table: RevisedTable, id: number, current: number): AppError {
  return new AppError('CONFLICT', STALE_RECORD, { stale: { table, id, revision: current } });
}

/**
 * Takes the record for this write: bumps its revision only if it still is the one the window
 * read, so the check and the claim are one statement (a row lock on a server database). Run it
 * first inside the write's transaction; a refusal rolls back everything after it. Missing rows
 * (deleted, or never there) answer NOT_FOUND, changed ones CONFLICT.
 */
export async function claimRevision(
  db: Db,
  table: RevisedTable,
  id: number,
  expected: number,
  what: string,
): Promise<void> {
  const result = await sql`update ${sql.table(table)} set revision = revision + 1
    where id = ${id} and revision = ${expected}`.execute(db);
  if (Number(result.numAffectedRows ?? 0) === 1) return;
  const row = await sql<{ revision: number }>`select revision from ${sql.table(table)}
    where id = ${id}`.execute(db);
  const current = row.rows[0];
  if (!current) {
    throw new AppError('NOT_FOUND', `Không tìm thấy ${what} (có thể đã bị xóa).`, { id });
  }
  throw staleRecord(table, id, current.revision);
}

/**
 * Claims every record of a selection in one statement (a join on the ids, so 100,000 rows cost
 * one pass); if any is missing or changed, nothing is claimed and the first such record is named.
 */
export async function claimRevisions(
  db: Db,
  table: RevisedTable,
  items: readonly RevisedId[],
  what: string,
): Promise<void> {
  if (items.length === 0) return;
  const pairs = idPairs(
    db,
    items.map((item) => [item.id, item.revision] as const),
  );
  const claimed = await sql<{ id: number }>`update ${sql.table(table)} set revision = revision + 1
    from ${pairs} as claimed
    where ${sql.ref(`${table}.id`)} = claimed.id and ${sql.ref(`${table}.revision`)} = claimed.seen
    returning ${sql.ref(`${table}.id`)} as id`.execute(db);
  if (claimed.rows.length === items.length) return;
  // The rows claimed above now read one higher; only the others can name what went wrong.
  const taken = new Set(claimed.rows.map((row) => row.id));
  const found = await sql<{ id: number; revision: number }>`select id, revision from ${sql.table(table)}
    where ${inIds(
      db,
      'id',
      items.map((item) => item.id),
    )}`.execute(db);
  const current = new Map(found.rows.map((row) => [row.id, row.revision]));
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    if (taken.has(item.id)) continue;
    const revision = current.get(item.id);
    if (revision === undefined) {
      throw new AppError('NOT_FOUND', `Không tìm thấy ${what} (có thể đã bị xóa).`, { id: item.id });
    }
    if (revision !== item.revision) throw staleRecord(table, item.id, revision);
  }
  // The same id twice in one selection: the join claims it once.
  throw new AppError('VALIDATION', 'Danh sách chọn có bản ghi lặp lại.', {
    fields: [{ path: 'items', key: 'invalid' }],
  });
}
