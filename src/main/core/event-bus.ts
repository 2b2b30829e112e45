import type { AppEvent } from '../../shared/api/events';

export type EventListener = (event: AppEvent) => void;

/**
 * Fan-out of core events to whichever transports are listening. On a shared server the events
 * go on to the other processes too (`relayTo`), and theirs come in through `deliver`.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private relay: EventListener | null = null;

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Something changed here: every listener of this process hears it, and so do the others'. */
  emit(event: AppEvent): void {
    this.deliver(event);
    this.relay?.(event);
  }

  /** Something changed in another process: heard here, and not sent on again. */
  deliver(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener (a closed window or stream) must not stop the others.
      }
    }
  }

  /** Sends every event emitted from now on to `relay` as well; returns how to stop. */
  relayTo(relay: EventListener): () => void {
    this.relay = relay;
    return () => {
      if (this.relay === relay) this.relay = null;
    };
  }
}
