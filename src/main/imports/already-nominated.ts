import type { Kysely } from 'kysely';
import type { NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';
import type { Database } from '../db/schema';
import { personKey } from '../nominees/derive';
import { unitIdsByFoldedName } from '../units/queries';

/** What makes an incoming row "the same nominee" as one already listed: kind, name and unit. */
export interface PersonOfRow {
  kind: NomineeKind;
  fullName: string;
  unitName: string;
}

/** The person key each row would be stored under, resolving its unit by folded name. */
export async function importPersonKeys(
  db: Kysely<Database>,
  rows: readonly PersonOfRow[],
): Promise<string[]> {
  const units = await unitIdsByFoldedName(db);
  return rows.map((row) =>
    personKey(row.kind, row.fullName, units.get(foldVietnamese(row.unitName)) ?? null),
  );
}

/** The keys among `keys` that a nominee of the conference (not deleted) already has. */
export async function nominatedKeys(
  db: Kysely<Database>,
  conferenceId: number,
  keys: readonly string[],
): Promise<Set<string>> {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return new Set();
  const found = new Set<string>();
  // In slices: SQLite caps the number of bound parameters of one statement.
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .selectFrom('nominees')
      .select('person_key')
      .where('conference_id', '=', conferenceId)
      .where('deleted_at', 'is', null)
      .where('person_key', 'in', wanted.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.person_key);
  }
  return found;
}
