import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BallotBox } from '../../src/main/voting/lan/ballot-box';
import { call, useCores, useTempDir } from '../helpers';
import { nth, phone, slipsFor, tallyOf, votingPoll } from './seed';

describe('electronic voting: closing through the paper ballots’ path', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('counts phones and paper together, and the minutes say how many of each', async () => {
    // 7 members present, 5 vote on phones and 2 on paper; 70% of those present is 5 votes.
    const core = await openCore({ dataDir: dir() });
    const { pollId } = await votingPoll(core, { members: 7 });
    const slips = await slipsFor(core, pollId, 5);
    const box = await BallotBox.open(pollId, {
      db: () => core.context.store.db,
      now: () => new Date(),
      write: (work) => core.context.gate.write(work),
    });
    // List order: Phòng Tổ chức, Trường Tiểu học Kỳ Anh, Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường.
    for (const [i, marks] of ['aaad-', 'aaad-', 'aadd-', 'a-dd-', 'daad-'].entries()) {
      expect((await box.submit(`10.0.0.${i + 2}`, phone(nth(slips, i)).ballot(marks))).status).toBe(200);
    }
    let poll = await call(core, 'polls.get', { id: pollId });
    expect(poll.counts).toBeNull(); // nothing shown while voting is open
    poll = await call(core, 'polls.setState', { id: pollId, revision: poll.revision, state: 'counting' });
    expect(poll.counts).toEqual({ ballotsIssued: 5, ballotsReturned: 5, valid: 5, invalid: 0 });
    const ids = poll.nominees.map((n) => n.nomineeId);
    for (const marks of [
      { [nth(ids, 0)]: 'agree', [nth(ids, 3)]: 'agree' },
      { [nth(ids, 0)]: 'agree', [nth(ids, 1)]: 'disagree' },
    ] as const) {
      poll = await call(core, 'polls.addBallot', { id: pollId, invalid: false, marks });
    }
    expect(poll.counts).toEqual({ ballotsIssued: 7, ballotsReturned: 7, valid: 7, invalid: 0 });
    poll = await call(core, 'polls.close', { id: pollId, revision: poll.revision });
    const agree = Object.fromEntries(tallyOf(poll).results.map((r) => [r.nomineeId, r.agree]));
    expect(ids.map((id) => agree[id])).toEqual([6, 4, 3, 1, 0]);
    expect(
      tallyOf(poll)
        .results.filter((r) => r.verdict === 'passed')
        .map((r) => r.nomineeId),
    ).toEqual([ids[0]]);

    const minutes = await call(core, 'polls.minutesPdf', { id: pollId });
    const text = execFileSync('pdftotext', ['-layout', minutes.path, '-']).toString('utf8');
    expect(text).toContain('Số phiếu phát ra: 7 phiếu');
    expect(text).toMatch(/Số phiếu thu vào: 7 phiếu \(phiếu điện tử: 5; phiếu giấy: 2\)/);
  });

  it('keeps receipted ballots across a restart and reopens voting with the same slips', async () => {
    let core = await openCore({ dataDir: dir() });
    const { pollId } = await votingPoll(core);
    const slips = await slipsFor(core, pollId, 3);
    const open = (c: typeof core) =>
      BallotBox.open(pollId, {
        db: () => c.context.store.db,
        now: () => new Date(),
        write: (w) => c.context.gate.write(w),
      });
    let box = await open(core);
    const first = await box.submit('10.0.0.2', phone(nth(slips, 0)).ballot('aaaaa'));
    expect(first.status).toBe(200);
    await core.close();
    core = await openCore({ dataDir: dir() });
    box = await open(core);
    expect((await box.read('10.0.0.2', phone(nth(slips, 0)).keys.auth)).status).toBe(409);
    expect((await box.submit('10.0.0.3', phone(nth(slips, 1)).ballot('ddddd'))).status).toBe(200);
    const poll = await call(core, 'polls.get', { id: pollId });
    expect(poll.ballotsEntered).toBe(2);
  });
});
