import type { Core } from '../../src/main/app/create-core';
import type { AgendaItem } from '../../src/shared/agenda';
import { call, conferenceInput } from '../helpers';
import type { StaleCase } from './case';

/** A programme of two items, read back as the agenda page reads it. */
async function readItem(core: Core): Promise<AgendaItem> {
  const conference = await call(core, 'conferences.create', conferenceInput());
  const conferenceId = conference.id;
  await call(core, 'agenda.create', {
    conferenceId,
    title: 'Báo cáo tổng kết công tác năm',
    kind: 'bao_cao',
    presenter: 'Nguyễn Văn Hải',
    durationMinutes: 30,
  });
  await call(core, 'agenda.create', { conferenceId, title: 'Bế mạc', kind: 'be_mac', durationMinutes: 5 });
  const agenda = await call(core, 'agenda.list', { conferenceId });
  const item = agenda.items[0];
  if (!item) throw new Error('the programme has no item');
  return item;
}

const fields = ({
  id,
  revision,
  title,
  kind,
  presenter,
  presenterTitle,
  durationMinutes,
  notes,
}: AgendaItem) => ({
  id,
  revision,
  title,
  kind,
  presenter,
  presenterTitle,
  durationMinutes,
  notes,
});

/** Another window gives the item a new presenter. */
const presenterChanged = (core: Core, item: AgendaItem) => async () => {
  await call(core, 'agenda.update', { ...fields(item), presenter: 'Lê Văn Tám' });
};

export const AGENDA_CASES: StaleCase[] = [
  {
    method: 'agenda.update',
    async arrange(core) {
      const item = await readItem(core);
      return {
        input: { ...fields(item), durationMinutes: 45 },
        editElsewhere: presenterChanged(core, item),
      };
    },
  },
  {
    method: 'agenda.delete',
    async arrange(core) {
      const item = await readItem(core);
      return {
        input: { id: item.id, revision: item.revision },
        editElsewhere: presenterChanged(core, item),
      };
    },
  },
];
