import type { Core } from '../../src/main/app/create-core';
import type { Counts, PollDetail } from '../../src/shared/voting';
import { addNominees } from '../decisions/seed';
import { call, conferenceInput } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';
import type { StaleCase } from './case';

/** A conference with three members present and two nominees, and a rule to vote under. */
async function world(core: Core) {
  const conference = await call(core, 'conferences.create', conferenceInput());
  await seatCouncil(core, conference.id, 3, 3);
  const ids = await addNominees(core, conference.id, [
    { fullName: 'Đinh Thị Thơm', form: 'Giấy khen' },
    { fullName: 'Bùi Thị Yến', form: 'Giấy khen' },
  ]);
  const ruleId = (await presetRules(core))('Quá bán tổng số thành viên');
  return { conferenceId: conference.id, ids, ruleId };
}

/** Three ballots, all valid; each nominee gets `agree` of them. */
const threeBallots = (ids: number[], agree: number): Counts => ({
  ballotsIssued: 3,
  ballotsReturned: 3,
  valid: 3,
  invalid: 0,
  votes: ids.map((nomineeId) => ({ nomineeId, agree, disagree: 3 - agree, abstain: 0 })),
});

/** A draft poll as a window reads it, and another window retitling it. */
async function draft(core: Core) {
  const w = await world(core);
  const created = await call(core, 'polls.create', {
    conferenceId: w.conferenceId,
    title: 'Bình xét Giấy khen',
    ruleId: w.ruleId,
    nomineeIds: w.ids,
  });
  const poll = await call(core, 'polls.get', { id: created.id });
  const retitle = async () => {
    await call(core, 'polls.update', {
      id: poll.id,
      revision: poll.revision,
      title: 'Bình xét Giấy khen năm 2021',
      ruleId: w.ruleId,
      nomineeIds: w.ids,
    });
  };
  return { w, poll, retitle };
}

/** A poll being counted, with counts typed in, as a window reads it. */
async function counted(core: Core) {
  const w = await world(core);
  const counting = await countingPoll(core, w.conferenceId, w.ids, w.ruleId, 'Bình xét Giấy khen');
  await call(core, 'polls.saveCounts', {
    id: counting.id,
    revision: counting.revision,
    counts: threeBallots(w.ids, 2),
  });
  return { w, poll: await call(core, 'polls.get', { id: counting.id }) };
}

/** Another teller's counts on the same poll. */
const countsElsewhere = (core: Core, poll: PollDetail, ids: number[]) => async () => {
  await call(core, 'polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: threeBallots(ids, 3),
  });
};

export const POLLS_CASES: StaleCase[] = [
  {
    method: 'polls.update',
    async arrange(core) {
      const { w, poll, retitle } = await draft(core);
      const input = {
        id: poll.id,
        revision: poll.revision,
        title: 'Bình xét Bằng khen',
        ruleId: w.ruleId,
        nomineeIds: w.ids.slice(1),
      };
      return { input, editElsewhere: retitle };
    },
  },
  {
    method: 'polls.setState',
    async arrange(core) {
      const { poll, retitle } = await draft(core);
      return { input: { id: poll.id, revision: poll.revision, state: 'voting' }, editElsewhere: retitle };
    },
  },
  {
    method: 'polls.saveCounts',
    label: 'another teller saved counts',
    async arrange(core) {
      const { w, poll } = await counted(core);
      const input = { id: poll.id, revision: poll.revision, counts: threeBallots(w.ids, 1) };
      return { input, editElsewhere: countsElsewhere(core, poll, w.ids) };
    },
  },
  {
    method: 'polls.saveCounts',
    label: 'a ballot was added meanwhile',
    async arrange(core) {
      const w = await world(core);
      const poll = await countingPoll(core, w.conferenceId, w.ids, w.ruleId, 'Bình xét Giấy khen');
      const input = { id: poll.id, revision: poll.revision, counts: threeBallots(w.ids, 2) };
      const [first = 0] = w.ids;
      return {
        input,
        // Ballots need no revision, but they change the totals the typed counts would replace.
        editElsewhere: async () => {
          await call(core, 'polls.addBallot', { id: poll.id, marks: { [first]: 'agree' } });
        },
      };
    },
  },
  {
    method: 'polls.close',
    async arrange(core) {
      const { w, poll } = await counted(core);
      return {
        input: { id: poll.id, revision: poll.revision },
        editElsewhere: countsElsewhere(core, poll, w.ids),
      };
    },
  },
  {
    method: 'polls.reopen',
    async arrange(core) {
      const { poll } = await counted(core);
      const closed = await call(core, 'polls.close', { id: poll.id, revision: poll.revision });
      return {
        input: { id: poll.id, revision: closed.revision, reason: 'Nhập nhầm số phiếu' },
        // Another window reopened it and closed it again: it is closed, but not as this one saw it.
        editElsewhere: async () => {
          const reopened = await call(core, 'polls.reopen', {
            id: poll.id,
            revision: closed.revision,
            reason: 'Kiểm tra lại',
          });
          await call(core, 'polls.close', { id: poll.id, revision: reopened.revision });
        },
      };
    },
  },
];
