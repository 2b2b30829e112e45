/** Pushes from the core to every open window: something changed, or a job moved on. */
export type AppEvent =
  | { type: 'conferences.changed'; id: number | null }
  | { type: 'settings.changed' }
  | { type: 'nominees.changed'; conferenceId: number }
  | { type: 'awards.changed' }
  | { type: 'council.changed'; conferenceId: number }
  | { type: 'polls.changed'; conferenceId: number }
  | { type: 'decisions.changed'; conferenceId: number }
  | { type: 'templates.changed' }
  | { type: 'agenda.changed'; conferenceId: number }
  | { type: 'delegates.changed'; conferenceId: number }
  | { type: 'ceremony.changed'; conferenceId: number }
  | { type: 'projector.changed'; conferenceId: number }
  | { type: 'backups.changed' }
  | { type: 'audit.changed' }
  /** The whole database was swapped (a restore or an archive import): every cached query is stale. */
  | { type: 'database.replaced' }
  | {
      type: 'job.progress';
      jobId: string;
      /** A label key for the status line, e.g. "jobs.import". */
      label: string;
      done: number;
      total: number;
      finished: boolean;
    };

export type AppEventType = AppEvent['type'];
