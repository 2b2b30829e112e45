/**
 * Who may write to the database file, and when. SQLite lets one connection write at a time; a
 * connection that finds the file locked waits in its busy handler, which blocks its thread. For
 * a job worker that is harmless, but for the core it would freeze every call. So a job that
 * writes on its own connection (an import) or replaces the file (a restore) holds the gate
 * exclusively, and the core's own writes take it shared: they wait, asynchronously, until the
 * job is done, while reads (on the read-only connection) never touch the gate.
 *
 * Waiters are served in arrival order, so a job is not starved by a stream of small writes and
 * writes queued behind a job go as soon as it ends.
 */
type Mode = 'shared' | 'exclusive';

interface Waiter {
  mode: Mode;
  grant: () => void;
}

export class WriteGate {
  private shared = 0;
  private exclusive = false;
  private readonly queue: Waiter[] = [];
  private refusal: Error | null = null;

  /**
   * Runs `work` alone: after every holder before it has finished, and before any after it. A
   * `recovery` (putting a backup in place) still runs while writes are refused.
   */
  exclusively<T>(work: () => Promise<T>, options: { recovery?: boolean } = {}): Promise<T> {
    return this.hold('exclusive', work, options.recovery === true);
  }

  /**
   * From now on every write and job that passes the gate fails with `error` instead of running,
   * until `reopen`: the file was found damaged, and nothing may be written to it before the
   * person decides. Writes already waiting are refused too, when their turn comes.
   */
  refuse(error: Error): void {
    this.refusal = error;
  }

  reopen(): void {
    this.refusal = null;
  }

  /** Runs `work` as a core write: alongside other writes, once no job holds the gate or is ahead. */
  write<T>(work: () => Promise<T>): Promise<T> {
    return this.hold('shared', work);
  }

  /** True while a job holds the gate or waits for it (for tests and logs). */
  get busy(): boolean {
    return this.exclusive || this.queue.some((w) => w.mode === 'exclusive');
  }

  private async hold<T>(mode: Mode, work: () => Promise<T>, recovery = false): Promise<T> {
    await this.acquire(mode);
    try {
      if (this.refusal && !recovery) throw this.refusal;
      return await work();
    } finally {
      this.release(mode);
    }
  }

  private fits(mode: Mode): boolean {
    return mode === 'shared' ? !this.exclusive : !this.exclusive && this.shared === 0;
  }

  private acquire(mode: Mode): Promise<void> {
    if (this.queue.length === 0 && this.fits(mode)) {
      this.take(mode);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push({ mode, grant: resolve }));
  }

  private take(mode: Mode): void {
    if (mode === 'shared') this.shared += 1;
    else this.exclusive = true;
  }

  private release(mode: Mode): void {
    if (mode === 'shared') this.shared -= 1;
    else this.exclusive = false;
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (!next || !this.fits(next.mode)) break;
      this.queue.shift();
      this.take(next.mode);
      next.grant();
    }
  }
}
