import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { RULE_PRESETS } from '../../src/main/voting/rules/presets';
import { call, callError, useCores, useTempDir, nomineeItems } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from './seed';
import { queryRows, execute } from '../db-access';
import { columnNames } from '../pg-tools-a';

/** A conference with a council of `members` (the first `present` of them present) and nominees. */
async function setUp(core: Core, members: number, present: number, names: string[]) {
  const conference = await call(core, 'conferences.create', {
    title: 'Hội nghị sơ kết',
    kind: 'so_ket',
    startsAt: '2021-05-19',
  });
  await seatCouncil(core, conference.id, members, present);
  const ids: number[] = [];
  for (const fullName of names) {
    ids.push(
      (await call(core, 'nominees.create', { conferenceId: conference.id, kind: 'ca_nhan', fullName })).id,
    );
  }
  return { conferenceId: conference.id, ids, rule: await presetRules(core) };
}

const counts = (ids: number[], agree: number[], valid: number) => ({
  ballotsIssued: valid,
  ballotsReturned: valid,
  valid,
  invalid: 0,
  votes: ids.map((nomineeId, i) => ({
    nomineeId,
    agree: agree[i] ?? 0,
    disagree: valid - (agree[i] ?? 0),
    abstain: 0,
  })),
});

describe('polls', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('ships the four rule presets as they are defined in presets.ts', async () => {
    const core = await openCore({ dataDir: dir() });
    expect((await call(core, 'rules.list', {})).map((r) => r.rule)).toEqual(RULE_PRESETS);
  });

  it('shows attendance and runs a poll from draft to closed, approving those who passed', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 11, 10, ['Đinh Thị Thơm', 'Bùi Thị Yến']);
    const council = await call(core, 'council.list', { conferenceId });
    expect(council.attendance).toEqual({ totalMembers: 11, present: 10, writtenOpinions: 0 });

    let poll = await call(core, 'polls.create', {
      conferenceId,
      title: 'Bình xét tặng Giấy khen',
      ruleId: rule('Từ 70% số thành viên dự họp'),
      nomineeIds: ids,
    });
    expect(poll.state).toBe('draft');
    poll = await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'voting' });
    poll = await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'counting' });
    poll = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: poll.revision,
      counts: counts(ids, [7, 6], 10),
    });
    expect(poll.tally?.results.map((r) => [r.agree, r.percent, r.verdict])).toEqual([
      [7, 70, 'passed'],
      [6, 60, 'failed'],
    ]);
    poll = await call(core, 'polls.close', { id: poll.id, revision: poll.revision });
    expect(poll.state).toBe('closed');
    const statuses = await Promise.all(ids.map((id) => call(core, 'nominees.get', { id })));
    expect(statuses.map((n) => n.status)).toEqual(['duoc_duyet', 'khong_duoc_duyet']);

    // Later presence changes do not touch a closed result.
    const member = (await call(core, 'council.list', { conferenceId })).members[0];
    if (member) await call(core, 'council.setPresence', { id: member.id, presence: 'absent' });
    expect((await call(core, 'polls.get', { id: poll.id })).attendance.present).toBe(10);
  });

  it('refuses to close without quorum, saying why, and changes nothing', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 12, 7, ['Đinh Thị Thơm']);
    let poll = await countingPoll(core, conferenceId, ids, rule('Từ 70% số thành viên dự họp'), 'Bình xét');
    poll = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: poll.revision,
      counts: counts(ids, [7], 7),
    });
    const error = await callError(core, 'polls.close', { id: poll.id, revision: poll.revision });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('có mặt 7/12');
    poll = await call(core, 'polls.get', { id: poll.id });
    expect(poll.state).toBe('counting');
    expect((await call(core, 'nominees.get', { id: ids[0] ?? 0 })).status).toBe('de_nghi');
  });

  it('refuses counts that do not add up, and writes none of them', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 9, 9, ['Đinh Thị Thơm']);
    const poll = await call(core, 'polls.create', {
      conferenceId,
      title: 'Bình xét',
      ruleId: rule('Từ 2/3 tổng số thành viên'),
      nomineeIds: ids,
    });
    const draftCounts = { id: poll.id, revision: poll.revision, counts: counts(ids, [6], 9) };
    expect((await callError(core, 'polls.saveCounts', draftCounts)).message).toContain('đang soạn');
    const voting = await call(core, 'polls.setState', {
      id: poll.id,
      revision: poll.revision,
      state: 'voting',
    });
    const counting = await call(core, 'polls.setState', {
      id: poll.id,
      revision: voting.revision,
      state: 'counting',
    });
    const bad = { ...counts(ids, [6], 9), ballotsReturned: 10 };
    const error = await callError(core, 'polls.saveCounts', {
      id: poll.id,
      revision: counting.revision,
      counts: bad,
    });
    expect(error.code).toBe('VALIDATION');
    expect((error.details?.problems as { key: string }[]).map((p) => p.key)).toContain('returnedOverIssued');
    expect((await call(core, 'polls.get', { id: poll.id })).counts).toBeNull();
    const negative = await callError(core, 'polls.saveCounts', {
      id: poll.id,
      revision: counting.revision,
      counts: counts(ids, [-1], 9),
    });
    expect(negative.code).toBe('VALIDATION');
  });

  it('keeps the rule a poll was made with when the preset is edited later', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 3, 3, ['Đinh Thị Thơm']);
    const ruleId = rule('Từ 2/3 tổng số thành viên');
    const poll = await call(core, 'polls.create', {
      conferenceId,
      title: 'Bình xét',
      ruleId,
      nomineeIds: ids,
    });
    const preset = (await call(core, 'rules.list', {})).find((r) => r.id === ruleId);
    if (!preset) throw new Error('preset missing');
    await call(core, 'rules.save', {
      id: ruleId,
      revision: preset.revision,
      rule: { ...preset.rule, threshold: { numerator: 9, denominator: 10 } },
    });
    expect((await call(core, 'polls.get', { id: poll.id })).rule.threshold).toEqual({
      numerator: 2,
      denominator: 3,
    });
  });

  it('refuses an empty poll, editing after the draft, and a withdrawn nominee at closing', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 3, 3, ['Đinh Thị Thơm', 'Bùi Thị Yến']);
    const ruleId = rule('Quá bán tổng số thành viên');
    expect(
      (await callError(core, 'polls.create', { conferenceId, title: 'Trống', ruleId, nomineeIds: [] })).code,
    ).toBe('VALIDATION');
    const poll = await call(core, 'polls.create', {
      conferenceId,
      title: 'Bình xét',
      ruleId,
      nomineeIds: ids,
    });
    const voting = await call(core, 'polls.setState', {
      id: poll.id,
      revision: poll.revision,
      state: 'voting',
    });
    const edit = { id: poll.id, revision: voting.revision, title: 'Khác', ruleId, nomineeIds: ids };
    expect((await callError(core, 'polls.update', edit)).message).toContain('đang bỏ phiếu');
    const counting = await call(core, 'polls.setState', {
      id: poll.id,
      revision: voting.revision,
      state: 'counting',
    });
    const counted = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: counting.revision,
      counts: counts(ids, [3, 3], 3),
    });
    await call(core, 'nominees.bulkUpdate', {
      items: await nomineeItems(core, [ids[1] ?? 0]),
      set: { status: 'rut' },
    });
    const error = await callError(core, 'polls.close', { id: poll.id, revision: counted.revision });
    expect(error.message).toContain('Bùi Thị Yến');
    expect((await call(core, 'polls.get', { id: poll.id })).state).toBe('counting');
  });

  it('reopens a closed poll only with a reason, kept in the audit log', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 3, 3, ['Đinh Thị Thơm']);
    const poll = await countingPoll(core, conferenceId, ids, rule('Quá bán tổng số thành viên'), 'Bình xét');
    const counted = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: poll.revision,
      counts: counts(ids, [2], 3),
    });
    const closed = await call(core, 'polls.close', { id: poll.id, revision: counted.revision });
    expect(
      (await callError(core, 'polls.reopen', { id: poll.id, revision: closed.revision, reason: ' ' })).code,
    ).toBe('VALIDATION');
    const reopened = await call(core, 'polls.reopen', {
      id: poll.id,
      revision: closed.revision,
      reason: 'Tổ kiểm phiếu nhập nhầm số phiếu',
    });
    expect(reopened.state).toBe('counting');
    expect((await call(core, 'nominees.get', { id: ids[0] ?? 0 })).status).toBe('de_nghi');
    const log = await queryRows(
      core.context.store,
      sql`select action, detail from audit_log where entity = 'poll' order by id`,
    );
    expect(log).toContainEqual({ action: 'reopen', detail: 'Tổ kiểm phiếu nhập nhầm số phiếu' });
    await expect(execute(core.context.store, 'delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('counts ballot by ballot with no link between a member and a ballot', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, ids, rule } = await setUp(core, 5, 5, ['Đinh Thị Thơm', 'Bùi Thị Yến']);
    const poll = await countingPoll(core, conferenceId, ids, rule('Quá bán tổng số thành viên'), 'Bình xét');
    const [a = 0, b = 0] = ids;
    await call(core, 'polls.addBallot', { id: poll.id, marks: { [a]: 'agree', [b]: 'disagree' } });
    await call(core, 'polls.addBallot', { id: poll.id, marks: { [a]: 'agree' } });
    const detail = await call(core, 'polls.addBallot', { id: poll.id, invalid: true });
    expect(detail.counts).toEqual({ ballotsIssued: 5, ballotsReturned: 3, valid: 2, invalid: 1 });
    expect(detail.nominees.map((n) => [n.agree, n.disagree, n.abstain])).toEqual([
      [2, 0, 0],
      [0, 1, 1],
    ]);
    expect(await columnNames(core.context.store, 'poll_ballots')).toEqual([
      'id',
      'poll_id',
      'invalid',
      'marks',
      'created_at',
      'source',
    ]);
  });
});
