import type { Core } from '../../src/main/app/create-core';
import { call } from '../helpers';

/** Adds `members` to a conference's council (chair first, then a teller), the first `present` present. */
export async function seatCouncil(
  core: Core,
  conferenceId: number,
  members: number,
  present: number,
  nameOf: (i: number) => string = (i) => `Thành viên ${i + 1}`,
): Promise<void> {
  for (let i = 0; i < members; i++) {
    const council = await call(core, 'council.add', {
      conferenceId,
      name: nameOf(i),
      role: i === 0 ? 'chu_tich' : i === 1 ? 'kiem_phieu' : 'thanh_vien',
    });
    const member = council.members.at(-1);
    if (i < present && member)
      await call(core, 'council.setPresence', { id: member.id, presence: 'present' });
  }
}

/** Looks up a shipped rule preset's id by its name. */
export async function presetRules(core: Core): Promise<(name: string) => number> {
  const rules = await call(core, 'rules.list', {});
  return (name) => {
    const found = rules.find((r) => r.rule.name === name);
    if (!found) throw new Error(`no preset ${name}`);
    return found.id;
  };
}

/** A poll over `ids`, moved on to counting. */
export async function countingPoll(
  core: Core,
  conferenceId: number,
  ids: number[],
  ruleId: number,
  title: string,
) {
  const poll = await call(core, 'polls.create', { conferenceId, title, ruleId, nomineeIds: ids });
  const voting = await call(core, 'polls.setState', {
    id: poll.id,
    revision: poll.revision,
    state: 'voting',
  });
  return call(core, 'polls.setState', { id: poll.id, revision: voting.revision, state: 'counting' });
}
