/**
 * Counts events per key in a fixed window: once a key has used up its allowance it is refused
 * until the window that began with its first event is over. Kept in memory, since a restart
 * closes the listener anyway.
 */
export class WindowLimit {
  private readonly hits = new Map<string, { since: number; count: number }>();

  constructor(
    private readonly allowance: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Whether the key still has room; does not count anything. */
  allows(key: string): boolean {
    const entry = this.current(key);
    return !entry || entry.count < this.allowance;
  }

  /** Counts one event for the key. */
  count(key: string): void {
    const entry = this.current(key);
    if (entry) entry.count++;
    else this.hits.set(key, { since: this.clock(), count: 1 });
    // A hall has a few hundred phones; a flood of addresses must not grow the map forever.
    if (this.hits.size > 10_000) this.prune();
  }

  private current(key: string) {
    const entry = this.hits.get(key);
    if (entry && this.clock() - entry.since >= this.windowMs) {
      this.hits.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(): void {
    const now = this.clock();
    for (const [key, entry] of this.hits) if (now - entry.since >= this.windowMs) this.hits.delete(key);
  }
}
