import { appEventSchema } from '../../shared/api/events';
import type { EventBus } from '../core/event-bus';
import type { Notifier } from '../db/notify';

/**
 * Joins this core's event bus to the other server processes on the same database: what changes
 * here is announced there, and what they announce is heard by this process's windows and caches
 * (the delegate search index, the phones' listener) as if it had happened here.
 */
export function shareEvents(events: EventBus, notifier: Notifier): () => void {
  const stopRelay = events.relayTo((event) => notifier.publish({ event }));
  const stopListening = notifier.subscribe((message) => {
    const parsed = appEventSchema.safeParse((message as { event?: unknown } | null)?.event);
    // Messages of another kind (a job to cancel), or from a version that speaks differently.
    if (parsed.success) events.deliver(parsed.data);
  });
  // Listening was down for a moment and what the others announced meanwhile is lost: whatever
  // is kept from the data is read again (the search index, the windows' conference lists).
  const stopResume = notifier.onResume(() => events.deliver({ type: 'conferences.changed', id: null }));
  return () => {
    stopRelay();
    stopListening();
    stopResume();
  };
}
