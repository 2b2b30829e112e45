import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { sql } from 'kysely';
import { STALE_RECORD } from '../../src/main/db/revision';
import { addNominees } from '../decisions/seed';
import { call, callError, conferenceInput, useCores, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from './seed';
import { queryValue } from '../db-access';

/** Five members present, two nominees, and a poll over them being counted. */
async function counting(core: Core) {
  const conference = await call(core, 'conferences.create', conferenceInput());
  await seatCouncil(core, conference.id, 5, 5);
  const ids = await addNominees(core, conference.id, [
    { fullName: 'Đinh Thị Thơm', form: 'Giấy khen' },
    { fullName: 'Bùi Thị Yến', form: 'Giấy khen' },
  ]);
  const ruleId = (await presetRules(core))('Quá bán tổng số thành viên');
  const poll = await countingPoll(core, conference.id, ids, ruleId, 'Bình xét Giấy khen');
  return { conferenceId: conference.id, ids, poll };
}

/** Five valid ballots; the nominees get `agree` agree votes each, in order. */
const fiveBallots = (ids: number[], agree: number[]) => ({
  ballotsIssued: 5,
  ballotsReturned: 5,
  valid: 5,
  invalid: 0,
  votes: ids.map((nomineeId, i) => ({
    nomineeId,
    agree: agree[i] ?? 0,
    disagree: 5 - (agree[i] ?? 0),
    abstain: 0,
  })),
});

const nomineeRevisions = (core: Core, ids: number[]) =>
  Promise.all(
    ids.map(async (id) =>
      Number(await queryValue(core.context.store, sql`select revision from nominees where id = ${id}`)),
    ),
  );

describe('a voting window working on an old copy', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('cannot close a poll on a result another teller has since recounted; the latest view can', async () => {
    const core = await openCore({ dataDir: dir() });
    const { ids, poll } = await counting(core);
    // This window saw both nominees pass...
    const seen = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: poll.revision,
      counts: fiveBallots(ids, [4, 4]),
    });
    expect(seen.tally?.results.map((r) => r.verdict)).toEqual(['passed', 'passed']);
    // ...then another teller corrected the second nominee's votes.
    const corrected = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: seen.revision,
      counts: fiveBallots(ids, [4, 2]),
    });

    const refused = await callError(core, 'polls.close', { id: poll.id, revision: seen.revision });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
    expect((await call(core, 'polls.get', { id: poll.id })).state).toBe('counting');
    const statuses = async () =>
      (await Promise.all(ids.map((id) => call(core, 'nominees.get', { id })))).map((n) => n.status);
    expect(await statuses()).toEqual(['de_nghi', 'de_nghi']);

    const closed = await call(core, 'polls.close', { id: poll.id, revision: corrected.revision });
    expect(closed.state).toBe('closed');
    expect(await statuses()).toEqual(['duoc_duyet', 'khong_duoc_duyet']);
  });

  it('refuses counts typed before a ballot was added, keeping the ballot; typed again on the latest, they are saved', async () => {
    const core = await openCore({ dataDir: dir() });
    const { ids, poll } = await counting(core);
    const [first = 0] = ids;
    const withBallot = await call(core, 'polls.addBallot', { id: poll.id, marks: { [first]: 'agree' } });
    expect(withBallot.revision).toBeGreaterThan(poll.revision);

    const typed = { id: poll.id, revision: poll.revision, counts: fiveBallots(ids, [3, 3]) };
    expect(await callError(core, 'polls.saveCounts', typed)).toMatchObject({ code: 'CONFLICT' });
    const after = await call(core, 'polls.get', { id: poll.id });
    expect(after.revision).toBe(withBallot.revision);
    expect(after.counts).toEqual(withBallot.counts);
    expect(after.nominees.map((n) => n.agree)).toEqual([1, 0]);

    const saved = await call(core, 'polls.saveCounts', { ...typed, revision: after.revision });
    expect(saved.nominees.map((n) => n.agree)).toEqual([3, 3]);
    expect(saved.revision).toBe(after.revision + 1);
  });

  it('refuses a stale state change before saying what state the poll is in', async () => {
    const core = await openCore({ dataDir: dir() });
    const { poll } = await counting(core);
    // The poll moved on to counting after a window read it in draft: that window is told to reload.
    const error = await callError(core, 'polls.setState', { id: poll.id, revision: 1, state: 'voting' });
    expect(error).toMatchObject({ code: 'CONFLICT', message: STALE_RECORD });
  });

  it('moves on the revision of the nominees a close or a reopen decides, so a form opened before cannot write the old status back', async () => {
    const core = await openCore({ dataDir: dir() });
    const { ids, poll } = await counting(core);
    const before = await nomineeRevisions(core, ids);
    const counted = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: poll.revision,
      counts: fiveBallots(ids, [4, 1]),
    });
    expect(await nomineeRevisions(core, ids)).toEqual(before);
    const closed = await call(core, 'polls.close', { id: poll.id, revision: counted.revision });
    const afterClose = await nomineeRevisions(core, ids);
    afterClose.forEach((revision, i) => expect(revision).toBeGreaterThan(before[i] ?? Infinity));
    await call(core, 'polls.reopen', { id: poll.id, revision: closed.revision, reason: 'Kiểm lại' });
    (await nomineeRevisions(core, ids)).forEach((revision, i) =>
      expect(revision).toBeGreaterThan(afterClose[i] ?? Infinity),
    );
  });

  it('refuses a stale edit or removal of a council member, but not one made after a roll-call mark', async () => {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', conferenceInput());
    await seatCouncil(core, conference.id, 2, 0);
    const [member] = (await call(core, 'council.list', { conferenceId: conference.id })).members;
    if (!member) throw new Error('no member');
    const edit = { id: member.id, revision: member.revision, name: 'Võ Thị Sáu', role: 'thu_ky' as const };

    // Marking presence is a roll call, not an edit: the dialog opened before it still saves.
    await call(core, 'council.setPresence', { id: member.id, presence: 'present' });
    const saved = await call(core, 'council.update', edit);
    const renamed = saved.members.find((m) => m.id === member.id);
    expect(renamed).toMatchObject({ name: 'Võ Thị Sáu', presence: 'present', revision: member.revision + 1 });

    expect(await callError(core, 'council.update', { ...edit, name: 'Trần Văn Bình' })).toMatchObject({
      code: 'CONFLICT',
      message: STALE_RECORD,
    });
    expect(
      await callError(core, 'council.remove', { id: member.id, revision: member.revision }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    const council = await call(core, 'council.list', { conferenceId: conference.id });
    expect(council.members.map((m) => m.name)).toEqual(['Võ Thị Sáu', 'Thành viên 2']);

    const removed = await call(core, 'council.remove', { id: member.id, revision: renamed?.revision ?? 0 });
    expect(removed.members.map((m) => m.name)).toEqual(['Thành viên 2']);
  });

  it('asks a revision of an edit of a rule preset, and none of a copy', async () => {
    const core = await openCore({ dataDir: dir() });
    const [preset] = await call(core, 'rules.list', {});
    if (!preset) throw new Error('no preset');
    const rule = { ...preset.rule, name: 'Quá bán (riêng)' };
    expect(await callError(core, 'rules.save', { id: preset.id, rule })).toMatchObject({
      code: 'VALIDATION',
    });
    const copy = await call(core, 'rules.save', { rule });
    expect(copy).toMatchObject({ revision: 1, rule });
    const edited = await call(core, 'rules.save', { id: preset.id, revision: preset.revision, rule });
    expect(edited.revision).toBe(preset.revision + 1);
    expect(
      await callError(core, 'rules.save', { id: preset.id, revision: preset.revision, rule }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });
});
