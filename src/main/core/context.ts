import type { Store } from '../db/open';
import type { EventBus } from './event-bus';

/** What every domain's handlers get: the store, the event bus and a clock tests can set. */
export interface CoreContext {
  store: Store;
  events: EventBus;
  now: () => Date;
  version: string;
  /** Folder the exports are written to (created on first export). */
  exportsDir: string;
}
