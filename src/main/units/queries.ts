import type { Kysely } from 'kysely';
import { viSortKey } from '../../shared/collation';
import { foldVietnamese } from '../../shared/text';
import type { Unit } from '../../shared/units';
import type { Database } from '../db/schema';

/**
 * Finds a unit by its folded name ("Đảng bộ xã Kỳ Hoa" = "đảng bộ xã kỳ hoa "), creating it
 * when new. `cache` spares a query per row during an import.
 */
export async function resolveUnit(
  db: Kysely<Database>,
  name: string,
  now: string,
  cache: Map<string, number> = new Map(),
): Promise<{ id: number; created: boolean } | null> {
  const folded = foldVietnamese(name);
  if (folded === '') return null;
  const cached = cache.get(folded);
  if (cached !== undefined) return { id: cached, created: false };
  const existing = await db
    .selectFrom('units')
    .select('id')
    .where('name_folded', '=', folded)
    .executeTakeFirst();
  if (existing) {
    cache.set(folded, existing.id);
    return { id: existing.id, created: false };
  }
  const inserted = await db
    .insertInto('units')
    .values({ name, name_folded: folded, sort_key: viSortKey(name), parent_id: null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  cache.set(folded, inserted.id);
  return { id: inserted.id, created: true };
}

export async function listUnits(db: Kysely<Database>, conferenceId: number | null): Promise<Unit[]> {
  let query = db.selectFrom('units').select(['units.id', 'units.name', 'units.parent_id']);
  if (conferenceId !== null) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('nominees')
          .select('nominees.id')
          .whereRef('nominees.unit_id', '=', 'units.id')
          .where('nominees.conference_id', '=', conferenceId)
          .where('nominees.deleted_at', 'is', null),
      ),
    );
  }
  const rows = await query.orderBy('units.sort_key').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id }));
}

/** Every unit's id by its folded name, to match names read from a file. */
export async function unitIdsByFoldedName(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('units').select(['id', 'name_folded']).execute();
  return new Map(rows.map((u) => [u.name_folded, u.id]));
}
