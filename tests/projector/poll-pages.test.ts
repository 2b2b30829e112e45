import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import {
  POLL_LINES_PER_PAGE,
  pollResultPages,
  pollScreenPageCount,
  pollSummary,
  stepPollPage,
} from '../../src/shared/poll-screen';
import type { NomineeKind } from '../../src/shared/nominees';
import type { PollDetail } from '../../src/shared/voting';
import { call, conferenceInput, useCores, useTempDir } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';

/** A closed poll of `collectives` collectives then `people` individuals, every third one failing. */
function poll(collectives: number, people: number): PollDetail {
  const kinds: NomineeKind[] = [
    ...Array<NomineeKind>(collectives).fill('tap_the'),
    ...Array<NomineeKind>(people).fill('ca_nhan'),
  ];
  const nominees = kinds.map((kind, i) => ({
    nomineeId: i + 1,
    kind,
    fullName: `Đối tượng ${i + 1}`,
    unitName: 'Thị ủy Kỳ Anh',
    awardFormName: 'Giấy khen',
    status: 'duoc_duyet',
    agree: 9,
    disagree: 0,
    abstain: 0,
  }));
  return {
    id: 1,
    conferenceId: 1,
    title: 'Bình xét',
    state: 'closed',
    rule: {
      name: 'Từ 70% số thành viên dự họp',
      threshold: { numerator: 70, denominator: 100 },
      strict: false,
      denominator: 'members_present',
      quorum: null,
      quota: null,
      ballot: 'secret',
    } as unknown as PollDetail['rule'],
    attendance: { totalMembers: 11, present: 10, writtenOpinions: 0 },
    nominees,
    counts: { ballotsIssued: 10, ballotsReturned: 10, valid: 10, invalid: 0 },
    ballotsEntered: 0,
    problems: [],
    tally: {
      quorumMet: true,
      denominatorValue: 10,
      tieAtQuota: false,
      results: nominees.map((n, i) => ({
        nomineeId: n.nomineeId,
        agree: i % 3 === 2 ? 5 : 9,
        disagree: i % 3 === 2 ? 5 : 1,
        abstain: 0,
        percent: i % 3 === 2 ? 50 : 90,
        thresholdMet: i % 3 !== 2,
        rank: null,
        verdict: i % 3 === 2 ? 'failed' : 'passed',
      })),
    },
    closedAt: '2026-12-04T07:00:00.000Z',
    revision: 3,
  };
}

describe('a poll result on the hall screen', () => {
  it('summarises first: how many passed, of how many, and the quorum', () => {
    expect(pollSummary(poll(15, 22))).toEqual({
      total: 37,
      passed: 25,
      failed: 12,
      ties: 0,
      quorumMet: true,
      present: 10,
      totalMembers: 11,
    });
  });

  it.each([
    [1, 0, 1],
    [0, 9, 1],
    [0, 10, 2],
    [15, 22, 5],
  ])('%i collectives and %i individuals take %i pages of results', (c, p, pages) => {
    const result = pollResultPages(poll(c, p));
    expect(result).toHaveLength(pages);
    expect(pollScreenPageCount(poll(c, p))).toBe(pages + 1);
    for (const page of result) {
      expect(page.length).toBeLessThanOrEqual(POLL_LINES_PER_PAGE);
      expect(page[0]?.type).toBe('section');
      expect(page.at(-1)?.type).toBe('row');
    }
  });

  it('numbers rows through the sections and repeats a heading carried onto the next page', () => {
    const pages = pollResultPages(poll(15, 22));
    const titles = pages.map((page) => page.flatMap((line) => (line.type === 'section' ? [line.title] : [])));
    // 15 collectives and 22 individuals: 9 rows under a heading fill a page.
    expect(titles).toEqual([
      ['I. TẬP THỂ'],
      ['I. TẬP THỂ (tiếp)', 'II. CÁ NHÂN'],
      ['II. CÁ NHÂN (tiếp)'],
      ['II. CÁ NHÂN (tiếp)'],
      ['II. CÁ NHÂN (tiếp)'],
    ]);
    const numbers = pages.flat().flatMap((line) => (line.type === 'row' ? [line.stt] : []));
    expect(numbers).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
  });

  it.each([
    [0, 5, 1, 1],
    [4, 5, 1, 4],
    [0, 5, -1, 0],
    [3, 5, -1, 2],
    [9, 5, -1, 4],
  ] as const)('page %i of %i, step %i → %i', (page, count, direction, to) => {
    expect(stepPollPage(page, count, direction)).toBe(to);
  });
});

describe('turning the pages of a poll result on the projector', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function closedPoll(core: Core, count: number) {
    const conference = await call(core, 'conferences.create', conferenceInput());
    await seatCouncil(core, conference.id, 3, 3);
    const ids: number[] = [];
    for (let i = 0; i < count; i++)
      ids.push(
        (
          await call(core, 'nominees.create', {
            conferenceId: conference.id,
            kind: i < 5 ? 'tap_the' : 'ca_nhan',
            fullName: `Đối tượng ${i + 1}`,
          })
        ).id,
      );
    const rule = await presetRules(core);
    const counting = await countingPoll(
      core,
      conference.id,
      ids,
      rule('Từ 70% số thành viên dự họp'),
      'Bình xét',
    );
    const counted = await call(core, 'polls.saveCounts', {
      id: counting.id,
      revision: counting.revision,
      counts: {
        ballotsIssued: 3,
        ballotsReturned: 3,
        valid: 3,
        invalid: 0,
        votes: ids.map((nomineeId) => ({ nomineeId, agree: 3, disagree: 0, abstain: 0 })),
      },
    });
    await call(core, 'polls.close', { id: counted.id, revision: counted.revision });
    return { conferenceId: conference.id, pollId: counted.id };
  }

  it('opens on the summary, turns the pages with next and previous, and stops at both ends', async () => {
    const core = await openCore({ dataDir: dir() });
    // 5 collectives and 32 individuals: a page of both sections, four of individuals, the summary.
    const { conferenceId, pollId } = await closedPoll(core, 37);
    let content = await call(core, 'projector.show', { conferenceId, screen: 'poll', pollId });
    expect(content.setting.pollPage).toBe(0);
    const pages = content.poll ? pollScreenPageCount(content.poll) : 0;
    expect(pages).toBe(6);
    for (let i = 1; i <= 7; i++) content = await call(core, 'projector.next', { conferenceId });
    expect(content.setting).toMatchObject({ screen: 'poll', pollPage: 5 });
    content = await call(core, 'projector.previous', { conferenceId });
    expect(content.setting.pollPage).toBe(4);
    // Showing the poll again starts over at its summary.
    content = await call(core, 'projector.show', { conferenceId, screen: 'poll', pollId });
    expect(content.setting.pollPage).toBe(0);
    content = await call(core, 'projector.previous', { conferenceId });
    expect(content.setting).toMatchObject({ screen: 'poll', pollPage: 0 });
  });
});
