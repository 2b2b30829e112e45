import { sql, type Kysely } from 'kysely';
import type { PastAward } from '../../shared/nominees';
import { inTexts } from '../db/portable';
import type { Database } from '../db/schema';

export interface Flags {
  /** nominee id → the other nominees of the conference with the same person key. */
  duplicates: Map<number, number[]>;
  /** person key → approved awards in earlier conferences. */
  history: Map<string, PastAward[]>;
}

/**
 * Duplicate and history flags for the rows on screen only: two indexed lookups by person key,
 * so a page costs the same with 100 or 100,000 nominees.
 */
export async function flagsFor(
  db: Kysely<Database>,
  conferenceId: number,
  rows: { id: number; person_key: string }[],
): Promise<Flags> {
  const flags: Flags = { duplicates: new Map(), history: new Map() };
  const keys = [...new Set(rows.map((r) => r.person_key))];
  if (keys.length === 0) return flags;

  const same = await db
    .selectFrom('nominees')
    .select(['id', 'person_key'])
    .where('conference_id', '=', conferenceId)
    .where('deleted_at', 'is', null)
    .where(inTexts(db, 'person_key', keys))
    .execute();
  const byKey = new Map<string, number[]>();
  for (const r of same) byKey.set(r.person_key, [...(byKey.get(r.person_key) ?? []), r.id]);
  for (const row of rows) {
    const others = (byKey.get(row.person_key) ?? []).filter((id) => id !== row.id);
    if (others.length > 0) flags.duplicates.set(row.id, others);
  }

  const past = await db
    .selectFrom('nominees as n')
    .innerJoin('conferences as c', 'c.id', 'n.conference_id')
    .leftJoin('award_forms as af', 'af.id', 'n.award_form_id')
    .select(['n.person_key', 'c.id as conference_id', 'c.title', 'c.starts_at', 'af.name as award_form_name'])
    .where(inTexts(db, 'n.person_key', keys))
    .where('n.conference_id', '!=', conferenceId)
    .where('n.status', '=', 'duoc_duyet')
    .where('n.deleted_at', 'is', null)
    .where('c.starts_at', '<', sql<string>`(select starts_at from conferences where id = ${conferenceId})`)
    .orderBy('c.starts_at', 'desc')
    .execute();
  for (const r of past) {
    const award: PastAward = {
      conferenceId: r.conference_id,
      conferenceTitle: r.title,
      year: Number(r.starts_at.slice(0, 4)),
      awardFormName: r.award_form_name ?? '',
    };
    flags.history.set(r.person_key, [...(flags.history.get(r.person_key) ?? []), award]);
  }
  return flags;
}
