import type { Core } from '../../src/main/app/create-core';
import type { Delegate } from '../../src/shared/delegates';
import { seedDelegates } from '../delegates/seed';
import { call } from '../helpers';
import type { StaleCase } from './case';

/** The delegates of a seeded conference, read as the delegates page reads them. */
async function readDelegates(core: Core): Promise<Delegate[]> {
  const { conference } = await seedDelegates(core);
  return (await call(core, 'delegates.list', { conferenceId: conference.id })).items;
}

const editable = (d: Delegate) => ({
  id: d.id,
  revision: d.revision,
  honorific: d.honorific,
  fullName: d.fullName,
  title: d.title,
  unitName: d.unitName,
  groupName: d.groupName,
  seat: d.seat,
  badge: d.badge,
  notes: d.notes,
});

/** Another window gives the delegate a seat. */
const seatChanged = (core: Core, delegate: Delegate) => async () => {
  await call(core, 'delegates.update', { ...editable(delegate), seat: 'A-12' });
};

export const DELEGATES_CASES: StaleCase[] = [
  {
    method: 'delegates.update',
    async arrange(core) {
      const [delegate] = await readDelegates(core);
      if (!delegate) throw new Error('no delegate');
      return {
        input: { ...editable(delegate), title: 'Phó Bí thư' },
        editElsewhere: seatChanged(core, delegate),
      };
    },
  },
  {
    method: 'delegates.delete',
    label: 'a selection of which one changed',
    async arrange(core) {
      const delegates = await readDelegates(core);
      const changed = delegates[1];
      if (!changed) throw new Error('no delegate');
      return {
        input: { items: delegates.map((d) => ({ id: d.id, revision: d.revision })) },
        editElsewhere: seatChanged(core, changed),
      };
    },
  },
];
