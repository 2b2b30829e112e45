import type { Core } from '../../src/main/app/create-core';
import { call, conferenceInput } from '../helpers';
import { seatCouncil } from '../voting/seed';
import type { StaleCase } from './case';

/** A council of three as a window lists it; the member edited is the second. */
async function councilMember(core: Core) {
  const conference = await call(core, 'conferences.create', conferenceInput());
  await seatCouncil(core, conference.id, 3, 3);
  const { members } = await call(core, 'council.list', { conferenceId: conference.id });
  const member = members[1];
  if (!member) throw new Error('the council has no second member');
  /** Another window renames the member from the same list. */
  const editElsewhere = async () => {
    await call(core, 'council.update', { ...member, name: 'Trần Thị Bích' });
  };
  return { member, editElsewhere };
}

export const COUNCIL_CASES: StaleCase[] = [
  {
    method: 'council.update',
    async arrange(core) {
      const { member, editElsewhere } = await councilMember(core);
      const input = {
        id: member.id,
        revision: member.revision,
        name: 'Võ Thị Sáu',
        title: 'Phó Chủ tịch UBND',
        unit: 'UBND phường Sông Trí',
        role: 'thu_ky',
      };
      return { input, editElsewhere };
    },
  },
  {
    method: 'council.remove',
    async arrange(core) {
      const { member, editElsewhere } = await councilMember(core);
      return { input: { id: member.id, revision: member.revision }, editElsewhere };
    },
  },
  {
    method: 'rules.save',
    label: 'an edit of a preset',
    async arrange(core) {
      const [preset] = await call(core, 'rules.list', {});
      if (!preset) throw new Error('no rule preset');
      const { id, revision, rule } = preset;
      return {
        input: { id, revision, rule: { ...rule, name: `${rule.name} (sửa)` } },
        editElsewhere: async () => {
          await call(core, 'rules.save', { id, revision, rule: { ...rule, quota: 3 } });
        },
      };
    },
  },
];
