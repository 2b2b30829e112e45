import { z } from 'zod';

const conferenceId = z.number().int();

/** "Something of this conference changed": the windows showing it read it again. */
const conferenceChanged = <T extends string>(type: T, description: string) =>
  z.object({ type: z.literal(type), conferenceId }).describe(description);

/** "Something shared by every conference changed". */
const changed = <T extends string>(type: T, description: string) =>
  z.object({ type: z.literal(type) }).describe(description);

/**
 * Pushes from the core to every open window: something changed, or a job moved on. One schema
 * per event; the type is derived from them, and docs/api.md lists them.
 */
export const appEventSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('conferences.changed'), id: z.number().int().nullable() })
    .describe('A conference was created, changed, opened, archived or restored (`id`: which one).'),
  changed('settings.changed', 'The installation settings changed.'),
  conferenceChanged('nominees.changed', 'Nominees of the conference were added, changed or deleted.'),
  changed('awards.changed', 'The award forms catalogue changed.'),
  conferenceChanged('council.changed', 'The council of the conference or its presence changed.'),
  conferenceChanged('polls.changed', 'A poll of the conference was created, counted, closed or reopened.'),
  conferenceChanged(
    'decisions.changed',
    'An award decision of the conference, its awards or their printing changed.',
  ),
  changed('templates.changed', 'A certificate template was added, changed or deleted.'),
  conferenceChanged('agenda.changed', 'The agenda of the conference or its running item changed.'),
  conferenceChanged('delegates.changed', 'Delegates of the conference were added, changed or checked in.'),
  conferenceChanged('ceremony.changed', 'A ceremony record (received, absent, on their behalf) changed.'),
  conferenceChanged('projector.changed', 'What the projector screen shows changed.'),
  changed('backups.changed', 'A backup was taken or the backups folder changed.'),
  changed('audit.changed', 'Rows were added to the audit log in bulk (an archive import).'),
  changed('database.health', 'The start-up check of the data file finished (app.info says how).'),
  changed(
    'database.replaced',
    'The whole database was swapped (a restore or an archive import): every cached query is stale.',
  ),
  z
    .object({
      type: z.literal('job.progress'),
      jobId: z.string(),
      label: z.string().describe('A label key for the status line, e.g. "jobs.import".'),
      done: z.number(),
      total: z.number(),
      finished: z.boolean(),
    })
    .describe('A long job (a certificate batch) moved on.'),
]);

export type AppEvent = z.infer<typeof appEventSchema>;
export type AppEventType = AppEvent['type'];
