import type { Handlers } from '../core/dispatcher';
import { methodAccess } from '../core/method-access';

/**
 * The handlers of the database in place. A restore swaps the file and builds new handlers; a
 * call must then run on the new ones even if it arrived before the swap and waited (a write
 * queued behind the restore on the write gate), and no read may still be running on the old
 * file when it closes. So each entry of `late()` looks the handler up when it runs, and `swap`
 * holds new calls back and lets the reads in flight finish before it starts.
 */
export class LiveHandlers {
  private current: Handlers;
  private swapping: Promise<void> = Promise.resolve();
  private reads = 0;
  private drained: (() => void) | null = null;

  constructor(private readonly build: () => Handlers) {
    this.current = build();
  }

  /** A handler map whose entries run the handler in place when they are called. */
  late(): Handlers {
    const late: Record<string, (params: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(this.current)) {
      late[method] = (params) => {
        const handler = (this.current as Record<string, (params: unknown) => Promise<unknown>>)[method];
        if (!handler) throw new Error(`no handler for ${method}`);
        return handler(params);
      };
    }
    return late as Handlers;
  }

  /** Waits for a swap in progress; returns what to call when the call is done. */
  async enter(method: string): Promise<() => void> {
    await this.swapping;
    // Only reads bypass the write gate; writes and jobs are kept out of a swap by the gate.
    if (methodAccess(method) !== 'read') return () => undefined;
    this.reads += 1;
    return () => {
      this.reads -= 1;
      if (this.reads === 0) this.drained?.();
    };
  }

  /** Runs `work` (which replaces the store) with no read in flight, then builds new handlers. */
  async swap(work: () => Promise<void>): Promise<void> {
    let release: () => void = () => undefined;
    this.swapping = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      if (this.reads > 0) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
      }
      this.drained = null;
      await work();
    } finally {
      this.current = this.build();
      release();
    }
  }
}
