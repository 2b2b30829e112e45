import { describe, expect, it } from 'vitest';
import { closeOutcome } from '../../src/shared/poll-close';
import type { PollDetail } from '../../src/shared/voting';
import { call, useCores, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from './seed';

describe('what closing a poll will do, told before it is closed', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function counted(present: number) {
    const core = await openCore({ dataDir: dir() });
    const conference = await call(core, 'conferences.create', {
      title: 'Hội nghị sơ kết',
      kind: 'so_ket',
      startsAt: '2021-05-19',
    });
    await seatCouncil(core, conference.id, 10, present);
    const ids: number[] = [];
    for (const [fullName, status] of [
      ['Đinh Thị Thơm', 'de_nghi'],
      ['Bùi Thị Yến', 'duoc_duyet'],
      ['Nguyễn Văn Mến', 'de_nghi'],
    ] as const) {
      const nominee = await call(core, 'nominees.create', {
        conferenceId: conference.id,
        kind: 'ca_nhan',
        fullName,
        status,
      });
      ids.push(nominee.id);
    }
    const rule = (await presetRules(core))('Từ 70% số thành viên dự họp');
    const poll = await countingPoll(core, conference.id, ids, rule, 'Bình xét');
    const agree = [8, 9, 5];
    const withCounts = await call(core, 'polls.saveCounts', {
      id: poll.id,
      revision: poll.revision,
      counts: {
        ballotsIssued: present,
        ballotsReturned: present,
        valid: present,
        invalid: 0,
        votes: ids.map((nomineeId, i) => ({
          nomineeId,
          agree: Math.min(agree[i] ?? 0, present),
          disagree: present - Math.min(agree[i] ?? 0, present),
          abstain: 0,
        })),
      },
    });
    return { core, ids, poll: withCounts };
  }

  it('counts who passes and whose status changes, and the close does exactly that', async () => {
    const { core, ids, poll } = await counted(10);
    expect(closeOutcome(poll)).toEqual({
      passed: 2,
      failed: 1,
      ties: [],
      // Bùi Thị Yến passes but is approved already.
      toApproved: 1,
      toRejected: 1,
      unchanged: 1,
      blocked: null,
    });
    await call(core, 'polls.close', { id: poll.id, revision: poll.revision });
    const statuses = await Promise.all(
      ids.map(async (id) => (await call(core, 'nominees.get', { id })).status),
    );
    expect(statuses).toEqual(['duoc_duyet', 'duoc_duyet', 'khong_duoc_duyet']);
  });

  it('says when the core will refuse the close for want of a quorum', async () => {
    const { poll } = await counted(5);
    expect(closeOutcome(poll)?.blocked).toBe('quorum');
  });

  it('names the nominees tied at the quota line, whose status stays, and needs a result', () => {
    const base = {
      nominees: [
        { nomineeId: 1, fullName: 'Đinh Thị Thơm', status: 'de_nghi' },
        { nomineeId: 2, fullName: 'Bùi Thị Yến', status: 'de_nghi' },
      ],
      problems: [],
    };
    const tally = {
      quorumMet: true,
      results: [
        { nomineeId: 1, verdict: 'tie_at_quota' },
        { nomineeId: 2, verdict: 'tie_at_quota' },
      ],
    };
    const poll = (extra: object) => ({ ...base, ...extra }) as unknown as PollDetail;
    expect(closeOutcome(poll({ tally }))).toEqual({
      passed: 0,
      failed: 0,
      ties: ['Đinh Thị Thơm', 'Bùi Thị Yến'],
      toApproved: 0,
      toRejected: 0,
      unchanged: 0,
      blocked: null,
    });
    expect(closeOutcome(poll({ tally, problems: [{ key: 'x', values: {} }] }))?.blocked).toBe('counts');
    expect(closeOutcome(poll({ tally: null }))).toBeNull();
  });
});
