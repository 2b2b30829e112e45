import { describe, expect, it } from 'vitest';
import { BallotBox } from '../../src/main/voting/lan/ballot-box';
import { call, callError, useCores, useTempDir } from '../helpers';
import { nth, phone, slipsFor, votingPoll } from './seed';

describe('electronic voting on the projector', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('shows how many have voted, and nothing of how', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, pollId } = await votingPoll(core);
    const slips = await slipsFor(core, pollId, 4);
    const box = await BallotBox.open(pollId, {
      db: () => core.context.store.db,
      now: () => new Date(),
      write: (work) => core.context.gate.write(work),
    });
    await call(core, 'projector.show', { conferenceId, screen: 'evoting', pollId });
    expect((await call(core, 'projector.state', { conferenceId })).evoting).toEqual({
      title: 'Bình xét danh hiệu năm 2026',
      used: 0,
      slips: 4,
    });
    expect((await box.submit('10.0.0.2', phone(nth(slips, 0)).ballot('aaaaa'))).status).toBe(200);
    const content = await call(core, 'projector.state', { conferenceId });
    expect(content.evoting).toMatchObject({ used: 1, slips: 4 });
    expect(content.poll).toBeNull();

    const other = await call(core, 'conferences.create', {
      title: 'Khác',
      kind: 'so_ket',
      startsAt: '2026-01-01',
    });
    expect(
      (await callError(core, 'projector.show', { conferenceId: other.id, screen: 'evoting', pollId })).code,
    ).toBe('NOT_FOUND');
  });
});
