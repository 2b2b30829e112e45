import type { Core } from '../../src/main/app/create-core';
import type { Conference } from '../../src/shared/conferences';
import { call, conferenceInput } from '../helpers';
import type { StaleCase } from './case';

/** A conference as the list shows it (archived ones included). */
async function listed(core: Core, id: number): Promise<Conference> {
  const found = (await call(core, 'conferences.list', { includeArchived: true })).find((c) => c.id === id);
  if (!found) throw new Error(`no conference ${id}`);
  return found;
}

/** What the conference form sends back for a conference it shows. */
function formValues(c: Conference) {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...values } = c;
  return { ...values, id: c.id };
}

/** Another window edits the conference's details from its own, fresh copy. */
async function editElsewhere(core: Core, id: number): Promise<void> {
  await call(core, 'conferences.update', {
    ...formValues(await listed(core, id)),
    venue: 'Hội trường Thị ủy',
  });
}

async function seeded(core: Core, archived = false): Promise<Conference> {
  const created = await call(
    core,
    'conferences.create',
    conferenceInput({ title: 'Hội nghị tổng kết 2021' }),
  );
  if (archived) await call(core, 'conferences.archive', { id: created.id, revision: created.revision });
  return listed(core, created.id);
}

export const CONFERENCES_CASES: StaleCase[] = [
  {
    method: 'conferences.update',
    async arrange(core) {
      const conference = await seeded(core);
      return {
        input: { ...formValues(conference), title: 'Hội nghị tổng kết năm 2021' },
        editElsewhere: () => editElsewhere(core, conference.id),
      };
    },
  },
  {
    method: 'conferences.archive',
    async arrange(core) {
      const conference = await seeded(core);
      return {
        input: { id: conference.id, revision: conference.revision },
        editElsewhere: () => editElsewhere(core, conference.id),
      };
    },
  },
  {
    method: 'conferences.restore',
    async arrange(core) {
      const conference = await seeded(core, true);
      return {
        input: { id: conference.id, revision: conference.revision },
        editElsewhere: () => editElsewhere(core, conference.id),
      };
    },
  },
];
