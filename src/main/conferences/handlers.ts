import { conferenceInput } from '../../shared/conferences';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import { claimRevision } from '../db/revision';
import type { conferenceMethods } from '../../shared/api/contract-conferences';
import { writeSettings } from '../settings/queries';
import { findConference, insertConference, listConferences, setArchived, updateConference } from './queries';
import { SAMPLE_CONFERENCE } from './sample';
import { transact } from '../db/transact';

type ConferenceHandlers = HandlersOf<typeof conferenceMethods>;

const CONFERENCE = 'hội nghị';

export function conferenceHandlers(ctx: CoreContext): ConferenceHandlers {
  const { db, readDb } = ctx.store;

  const changed = (id: number | null): void => ctx.events.emit({ type: 'conferences.changed', id });

  const open = async (id: number) => {
    const conference = await findConference(db, id);
    if (!conference) throw notFound(`hội nghị #${id}`);
    await writeSettings(db, { openConferenceId: id });
    ctx.events.emit({ type: 'settings.changed' });
    return conference;
  };

  const archiveOrRestore = async (id: number, revision: number, archive: boolean) => {
    const now = ctx.now().toISOString();
    const conference = await transact(db, async (trx) => {
      await claimRevision(trx, 'conferences', id, revision, CONFERENCE);
      const updated = await setArchived(trx, id, archive ? now : null, now);
      if (!updated) throw notFound(`hội nghị #${id}`);
      return updated;
    });
    changed(id);
    return conference;
  };

  return {
    'conferences.list': (filter) => listConferences(readDb, filter),

    'conferences.get': async ({ id }) => {
      const conference = await findConference(db, id);
      if (!conference) throw notFound(`hội nghị #${id}`);
      return conference;
    },

    'conferences.create': async (values) => {
      const conference = await transact(db, async (trx) => {
        const created = await insertConference(trx, values, ctx.now().toISOString());
        await writeSettings(trx, { openConferenceId: created.id });
        return created;
      });
      changed(conference.id);
      ctx.events.emit({ type: 'settings.changed' });
      return conference;
    },

    'conferences.update': async ({ id, revision, ...values }) => {
      const conference = await transact(db, async (trx) => {
        await claimRevision(trx, 'conferences', id, revision, CONFERENCE);
        const updated = await updateConference(trx, id, values, ctx.now().toISOString());
        if (!updated) throw notFound(`hội nghị #${id}`);
        return updated;
      });
      changed(id);
      return conference;
    },

    'conferences.open': ({ id }) => open(id),
    'conferences.archive': ({ id, revision }) => archiveOrRestore(id, revision, true),
    'conferences.restore': ({ id, revision }) => archiveOrRestore(id, revision, false),

    'conferences.createSample': async () => {
      const values = conferenceInput.parse(SAMPLE_CONFERENCE);
      const existing = (await listConferences(db, { search: '', includeArchived: false })).find(
        (c) => c.title === values.title && c.startsAt === values.startsAt,
      );
      if (existing) return open(existing.id);
      const created = await insertConference(db, values, ctx.now().toISOString());
      changed(created.id);
      return open(created.id);
    },
  };
}
