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
 * Duplicate and history flags for the rows on screen only: one indexed lookup by person key
 * gives both (the same conference's nominees, and approved ones of earlier conferences), so a
 * page costs the same with 100 or 100,000 nominees, and an import's preview of 10,000 rows binds
 * its keys once.
 */
export async function flagsFor(
  db: Kysely<Database>,
  conferenceId: number,
  rows: { id: number; person_key: string }[],
): Promise<Flags> {
  const flags: Flags = { duplicates: new Map(), history: new Map() };
  const keys = [...new Set(rows.map((r) => r.person_key))];
  if (keys.length === 0) return flags;

  const found = await db
    .selectFrom('nominees as n')
    .innerJoin('conferences as c', 'c.id', 'n.conference_id')
    .leftJoin('award_forms as af', 'af.id', 'n.award_form_id')
    .select([
      'n.id',
      'n.person_key',
      'c.id as conference_id',
      'c.title',
      'c.starts_at',
      'af.name as award_form_name',
    ])
    .where(inTexts(db, 'n.person_key', keys))
    .where('n.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('n.conference_id', '=', conferenceId),
        eb.and([
          eb('n.conference_id', '!=', conferenceId),
          eb('n.status', '=', 'duoc_duyet'),
          eb('c.starts_at', '<', sql<string>`(select starts_at from conferences where id = ${conferenceId})`),
        ]),
      ]),
    )
    .orderBy('c.starts_at', 'desc')
    .orderBy('n.id')
    .execute();

  const byKey = new Map<string, number[]>();
  for (const r of found) {
    if (r.conference_id === conferenceId) {
      byKey.set(r.person_key, [...(byKey.get(r.person_key) ?? []), r.id]);
      continue;
    }
    const award: PastAward = {
      conferenceId: r.conference_id,
      conferenceTitle: r.title,
      year: Number(r.starts_at.slice(0, 4)),
      awardFormName: r.award_form_name ?? '',
    };
    flags.history.set(r.person_key, [...(flags.history.get(r.person_key) ?? []), award]);
  }
  for (const row of rows) {
    const others = (byKey.get(row.person_key) ?? []).filter((id) => id !== row.id);
    if (others.length > 0) flags.duplicates.set(row.id, others);
  }
  return flags;
}
