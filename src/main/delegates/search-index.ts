import type { Kysely } from 'kysely';
import type { EventBus } from '../core/event-bus';
import type { Database } from '../db/schema';

/** One delegate as the check-in desk searches it. */
interface Entry {
  id: number;
  /** delegateSearchText(): " name | title | unit | badge", folded. */
  text: string;
  badge: string;
}

export interface SearchHit {
  ids: number[];
  badgeMatchId: number | null;
}

/**
 * The searchable text of each conference's delegates, kept in memory in name order. SQLite
 * scans 5,000 rows with LIKE and sorts them in a few milliseconds on an idle laptop but several
 * times that on a busy one; a pass over 5,000 short strings in memory takes a fraction of a
 * millisecond, which keeps search-as-you-type immediate at the door.
 *
 * The texts change only when delegates are added, edited, removed or imported, or when the
 * whole database is replaced; those announce themselves on the event bus and drop the cache.
 * A check-in leaves every text as it was, so its event is let through without a rebuild.
 */
export class DelegateSearchIndex {
  private readonly byConference = new Map<number, Entry[]>();
  private generation = 0;
  private keeping = false;

  constructor(
    private readonly db: () => Kysely<Database>,
    events: EventBus,
  ) {
    events.subscribe((event) => {
      if (this.keeping) return;
      if (event.type === 'delegates.changed') this.forget(event.conferenceId);
      else if (event.type === 'database.replaced' || event.type === 'conferences.changed') this.forget();
    });
  }

  /** Drops one conference's texts, or every conference's. */
  forget(conferenceId?: number): void {
    this.generation += 1;
    if (conferenceId === undefined) this.byConference.clear();
    else this.byConference.delete(conferenceId);
  }

  /** Runs `emit` (announcing a check-in or its undo) without dropping the texts, which did not change. */
  keepThrough(emit: () => void): void {
    this.keeping = true;
    try {
      emit();
    } finally {
      this.keeping = false;
    }
  }

  private async entries(conferenceId: number): Promise<Entry[]> {
    const cached = this.byConference.get(conferenceId);
    if (cached) return cached;
    const generation = this.generation;
    const rows = await this.db()
      .selectFrom('delegates')
      .select(['id', 'search_folded as text', 'badge'])
      .where('conference_id', '=', conferenceId)
      .where('deleted_at', 'is', null)
      .orderBy('name_sort')
      .orderBy('id')
      .execute();
    // A change that landed while reading makes this copy stale: use it once, do not keep it.
    if (generation === this.generation) this.byConference.set(conferenceId, rows);
    return rows;
  }

  /**
   * Up to `limit` delegates for what was typed (`folded`, and `badge` as a badge reads): the
   * exact badge first, then names that start with the text, then any word that starts with it,
   * then any infix; each in name order.
   */
  async search(conferenceId: number, folded: string, badge: string, limit: number): Promise<SearchHit> {
    const ranks: number[][] = [[], [], [], []];
    const wordStart = ` ${folded}`;
    let badgeMatchId: number | null = null;
    for (const entry of await this.entries(conferenceId)) {
      if (badge !== '' && entry.badge === badge) {
        badgeMatchId = entry.id;
        ranks[0]?.push(entry.id);
        continue;
      }
      if (folded === '' || !entry.text.includes(folded)) continue;
      const rank = entry.text.startsWith(wordStart) ? 1 : entry.text.includes(wordStart) ? 2 : 3;
      const bucket = ranks[rank];
      if (bucket && bucket.length < limit) bucket.push(entry.id);
    }
    return { ids: ranks.flat().slice(0, limit), badgeMatchId };
  }
}
