import type { AppEvent } from '../../shared/api/events';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of core events to whichever transports are listening. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener (a closed window or stream) must not stop the others.
      }
    }
  }
}
