import type { Kysely } from 'kysely';
import { AppError } from '../core/app-error';
import type { NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';
import { amongIds } from '../db/portable';
import type { Database } from '../db/schema';
import { personKey } from '../nominees/derive';
import { unitIdsByFoldedName } from '../units/queries';

/** What makes an incoming row "the same nominee" as one already listed: kind, name and unit. */
export interface PersonOfRow {
  kind: NomineeKind;
  fullName: string;
  unitName: string;
}

/**
 * The person key each row would be stored under, resolving its unit by folded name; null for a
 * row whose unit is not in the catalogue yet: the commit creates it, so no nominee has that key.
 */
export async function importPersonKeys(
  db: Kysely<Database>,
  rows: readonly PersonOfRow[],
  fold: (text: string) => string = foldVietnamese,
): Promise<(string | null)[]> {
  const units = await unitIdsByFoldedName(db);
  return rows.map((row) => {
    const unitName = fold(row.unitName);
    const unitId = units.get(unitName) ?? null;
    if (unitId === null && unitName !== '') return null;
    return personKey(row.kind, row.fullName, unitId, fold);
  });
}

/**
 * The source rows of the just-inserted nominees `ids` that were already nominees of the
 * conference (not deleted) before them, by the person key each was stored with: run inside the
 * transaction that inserted them, so that a nominee written a moment ago by another window counts.
 */
export async function rowsAlreadyNominated(
  db: Kysely<Database>,
  conferenceId: number,
  ids: readonly number[],
): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('nominees as n')
    .select('n.source_row')
    .where(amongIds(db, 'n.id', ids))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('nominees as o')
          .select('o.id')
          .whereRef('o.person_key', '=', 'n.person_key')
          .where('o.conference_id', '=', conferenceId)
          .where('o.deleted_at', 'is', null)
          .where(eb.not(amongIds(db, 'o.id', ids))),
      ),
    )
    .orderBy('n.source_row')
    .execute();
  return rows.flatMap((r) => (r.source_row === null ? [] : [r.source_row]));
}

/**
 * Refuses rows that were already nominees of the conference unless the person named them in
 * `confirmed`: a list sent twice must never double the conference in one click. Throwing rolls
 * back the transaction that inserted them, so nothing is written.
 */
export async function refuseAlreadyNominated(
  db: Kysely<Database>,
  conferenceId: number,
  ids: readonly number[],
  confirmed: readonly number[],
): Promise<void> {
  const allowed = new Set(confirmed);
  const refused = (await rowsAlreadyNominated(db, conferenceId, ids)).filter((row) => !allowed.has(row));
  if (refused.length === 0) return;
  throw new AppError(
    'CONFLICT',
    `${refused.length} dòng đã có trong danh sách hội nghị (dòng ${refused.slice(0, 10).join(', ')}${refused.length > 10 ? ', …' : ''}). ` +
      'Hãy bỏ chọn các dòng này, hoặc chọn “Vẫn ghi cả các dòng đã có” nếu thật sự cần ghi lại; chưa có dòng nào được ghi.',
    { rows: refused },
  );
}
