import { describe, expect, it } from 'vitest';
import { RULE_PRESETS } from '../../src/main/voting/rules/presets';
import {
  checkCounts,
  computeTally,
  countsFromBallots,
  countsFromEncoded,
  decodeMarks,
  denominatorValue,
  encodeMarks,
  meetsThreshold,
  quorumMet,
  type EnteredBallot,
  type Mark,
} from '../../src/main/voting/tally';
import {
  votingRuleRecord,
  type Attendance,
  type Counts,
  type CountProblem,
  type VotingRule,
} from '../../src/shared/voting';

/** A rule of more than half of all members, no quorum, no quota, secret; tests override what they test. */
const rule = (overrides: Partial<VotingRule> = {}): VotingRule => ({
  name: 'test',
  threshold: { numerator: 1, denominator: 2 },
  strict: true,
  denominator: 'all_members',
  quorum: { numerator: 0, denominator: 1 },
  writtenOpinionsCount: false,
  quota: null,
  secret: true,
  method: 'secret_ballot',
  ...overrides,
});
const frac = (numerator: number, denominator: number) => ({ numerator, denominator });
/** One nominee's row of a count. */
const vote = (id: number, a: number, d: number, s: number) => ({
  nomineeId: id,
  agree: a,
  disagree: d,
  abstain: s,
});
/** Attendance: total members, present, absent with a written opinion. */
const att = (t: number, p: number, w = 0): Attendance => ({
  totalMembers: t,
  present: p,
  writtenOpinions: w,
});
/** Counts where every ballot is valid, one nominee per agree figure, ids 1, 2, 3… */
const countsOf = (agrees: number[], valid = 10): Counts => ({
  ballotsIssued: valid,
  ballotsReturned: valid,
  valid,
  invalid: 0,
  votes: agrees.map((agree, i) => ({ nomineeId: i + 1, agree, disagree: valid - agree, abstain: 0 })),
});

describe('meetsThreshold', () => {
  it.each([
    ['7 of 10 at >= 70%', frac(70, 100), false, 7, 10, true],
    ['7 of 10 at > 70%', frac(70, 100), true, 7, 10, false],
    ['6 of 10 at >= 70%', frac(70, 100), false, 6, 10, false],
    ['8 of 10 at > 70%', frac(70, 100), true, 8, 10, true],
    ['6 of 9 at >= 2/3', frac(2, 3), false, 6, 9, true],
    ['5 of 9 at >= 2/3', frac(2, 3), false, 5, 9, false],
    ['2 of 3 at >= 2/3 (66.67% would fail)', frac(2, 3), false, 2, 3, true],
    ['2 of 3 at > 2/3', frac(2, 3), true, 2, 3, false],
    ['9 of 11 at >= 90% (900 < 990)', frac(90, 100), false, 9, 11, false],
    ['10 of 11 at >= 90% (1000 >= 990)', frac(90, 100), false, 10, 11, true],
    ['5 of 10 at > 1/2', frac(1, 2), true, 5, 10, false],
    ['6 of 11 at > 1/2', frac(1, 2), true, 6, 11, true],
    ['5 of 11 at > 1/2', frac(1, 2), true, 5, 11, false],
    ['denominator 0', frac(0, 1), false, 0, 0, false],
  ])('%s', (_label, threshold, strict, agree, denominator, expected) => {
    expect(meetsThreshold(rule({ threshold, strict }), agree, denominator)).toBe(expected);
  });
});

describe('quorumMet', () => {
  it.each([
    ['8 of 12 at 2/3 (exactly)', frac(2, 3), false, att(12, 8), true],
    ['7 of 12 at 2/3', frac(2, 3), false, att(12, 7), false],
    ['6 present + 2 written, counted', frac(2, 3), true, att(12, 6, 2), true],
    ['6 present + 2 written, not counted', frac(2, 3), false, att(12, 6, 2), false],
    ['no quorum required, nobody present', frac(0, 1), false, att(5, 0), true],
    ['no members at all', frac(0, 1), false, att(0, 0), false],
  ])('%s', (_label, quorum, writtenOpinionsCount, attendance, expected) => {
    expect(quorumMet(rule({ quorum, writtenOpinionsCount }), attendance)).toBe(expected);
  });
});

describe('denominatorValue', () => {
  const counts: Counts = { ballotsIssued: 9, ballotsReturned: 8, valid: 7, invalid: 1, votes: [] };
  it.each([
    ['all_members', false, 15],
    ['members_present', false, 10],
    ['members_present', true, 12],
    ['ballots_issued', false, 9],
    ['ballots_returned', false, 8],
    ['valid_ballots', false, 7],
  ] as const)('%s (written opinions counted: %s)', (denominator, writtenOpinionsCount, expected) => {
    const r = rule({ denominator, writtenOpinionsCount });
    expect(denominatorValue(r, att(15, 10, 2), counts)).toBe(expected);
  });
});

/** Label, rule, attendance, agree votes per nominee, valid ballots, verdicts. */
type TallyRow = [string, VotingRule, Attendance, number[], number, string];

describe('computeTally', () => {
  const VERDICT = { passed: 'P', failed: 'F', tie_at_quota: 'T' } as const;
  const present70 = rule({ threshold: frac(70, 100), strict: false, denominator: 'members_present' });
  const written70 = { ...present70, writtenOpinionsCount: true };
  const all90 = rule({ threshold: frac(90, 100), strict: false });
  const quorum23 = rule({ quorum: frac(2, 3) });
  const quota = (n: number) => rule({ quota: n });

  // Verdicts in input order: P passed, F failed, T tie at the quota line.
  it.each([
    ['70% of present: 7 of 10', present70, att(12, 10), [7, 6], 10, 'PF'],
    ['70% of 8 present + 2 written, counted: D = 10', written70, att(12, 8, 2), [7, 6], 10, 'PF'],
    ['70% of 8 present + 2 written, not counted: D = 8', present70, att(12, 8, 2), [6, 5], 8, 'PF'],
    ['6 of 8 present + 2 written, counted: 60%', written70, att(12, 8, 2), [6], 10, 'F'],
    ['90% of all 11, 9 of 10 present', all90, att(11, 10), [9, 10], 10, 'FP'],
    ['quorum missed: every verdict failed', quorum23, att(12, 7), [7, 6], 7, 'FF'],
    ['quorum met exactly at 8 of 12', quorum23, att(12, 8), [7, 6], 8, 'PF'],
    ['quota 2, agree 9,8,8: the 8s tie at the line', quota(2), att(10, 10), [9, 8, 8], 10, 'PTT'],
    ['quota 2, agree 9,9,8: both 9s pass', quota(2), att(10, 10), [9, 9, 8], 10, 'PPF'],
    ['quota 2, agree 10,9,8,8: a tie beyond the line', quota(2), att(10, 10), [10, 9, 8, 8], 10, 'PPFF'],
    ['quota 1, three tied first', quota(1), att(10, 10), [7, 7, 7], 10, 'TTT'],
    ['quota 2, a tie below the threshold', quota(2), att(10, 10), [9, 5, 5], 10, 'PFF'],
    ['no quota: all above the threshold pass', rule(), att(10, 10), [9, 8, 8, 6], 10, 'PPPP'],
    ['zero valid ballots', rule({ denominator: 'valid_ballots' }), att(10, 10), [0], 0, 'F'],
  ] as TallyRow[])('%s', (_label, r, attendance, agrees, valid, expected) => {
    const tally = computeTally(r, attendance, countsOf(agrees, valid));
    expect(tally.results.map((x) => VERDICT[x.verdict]).join('')).toBe(expected);
  });

  it('reports the tie and ranks by competition ranking, keeping input order', () => {
    const tally = computeTally(quota(2), att(10, 10), countsOf([8, 4, 9, 8]));
    expect(tally.tieAtQuota).toBe(true);
    expect(tally.results.map((r) => [r.nomineeId, r.rank, r.verdict])).toEqual([
      [1, 2, 'tie_at_quota'],
      [2, null, 'failed'],
      [3, 1, 'passed'],
      [4, 2, 'tie_at_quota'],
    ]);
    const clean = computeTally(quota(2), att(10, 10), countsOf([9, 9, 8]));
    expect(clean.tieAtQuota).toBe(false);
    expect(clean.results.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('without quorum shows the threshold but fails everyone and reports no tie', () => {
    const tally = computeTally(rule({ quorum: frac(2, 3), quota: 1 }), att(12, 7), countsOf([7, 7], 7));
    expect(tally.quorumMet).toBe(false);
    expect(tally.tieAtQuota).toBe(false);
    expect(tally.results.map((r) => `${r.thresholdMet}:${r.verdict}`)).toEqual([
      'true:failed',
      'true:failed',
    ]);
  });

  it('decides on exact fractions, not the displayed percent: 2 of 3 meets at least 2/3', () => {
    const tally = computeTally(rule({ threshold: frac(2, 3), strict: false }), att(3, 3), countsOf([2], 3));
    expect(tally.results[0]?.percent).toBeCloseTo(66.6667, 3);
    expect(tally.results[0]?.thresholdMet).toBe(true);
  });
});

/** The one problem each checkCounts row below must report, with its numbers; absent = none. */
const EXPECTED_PROBLEMS: Record<string, CountProblem> = {
  'returned over issued': { key: 'returnedOverIssued', values: { returned: 11, issued: 10 } },
  'valid/invalid mismatch': { key: 'validInvalidMismatch', values: { valid: 8, invalid: 2, returned: 9 } },
  'marks over valid': {
    key: 'marksOverValid',
    nomineeId: 2,
    values: { agree: 4, disagree: 5, abstain: 0, marks: 9, valid: 8 },
  },
  'issued over members taking part': { key: 'issuedOverMembers', values: { issued: 10, members: 9 } },
  'missing nominee': { key: 'missingNominee', nomineeId: 3, values: { nomineeId: 3 } },
  'unknown nominee': { key: 'unknownNominee', nomineeId: 2, values: { nomineeId: 2 } },
};

describe('checkCounts', () => {
  const ok: Counts = {
    ballotsIssued: 10,
    ballotsReturned: 9,
    valid: 8,
    invalid: 1,
    votes: [vote(1, 6, 1, 1), vote(2, 3, 5, 0)],
  };
  const ids = [1, 2];
  const secret = rule();
  const hands = rule({ method: 'show_of_hands', secret: false });
  const written = rule({ writtenOpinionsCount: true });
  const overMarked = { ...ok, votes: [vote(1, 6, 1, 1), vote(2, 4, 5, 0)] };
  it.each([
    ['consistent counts', ok, ids, att(12, 10), secret],
    ['returned over issued', { ...ok, ballotsReturned: 11, valid: 10 }, ids, att(12, 12), secret],
    ['valid/invalid mismatch', { ...ok, invalid: 2 }, ids, att(12, 10), secret],
    ['marks over valid', overMarked, ids, att(12, 10), secret],
    ['issued over members taking part', ok, ids, att(12, 9), secret],
    ['written opinions counted take part', ok, ids, att(12, 9, 1), written],
    ['show of hands: issued not checked', ok, ids, att(12, 9), hands],
    ['missing nominee', ok, [1, 2, 3], att(12, 10), secret],
    ['unknown nominee', ok, [1], att(12, 10), secret],
  ] as [string, Counts, number[], Attendance, VotingRule][])('%s', (label, counts, nomineeIds, a, r) => {
    const expected = EXPECTED_PROBLEMS[label];
    expect(checkCounts(counts, nomineeIds, a, r)).toEqual(expected ? [expected] : []);
  });

  it('returns every problem at once', () => {
    const bad: Counts = { ...ok, ballotsReturned: 12, valid: 1, votes: [vote(9, 2, 0, 0)] };
    const keys = checkCounts(bad, ids, att(12, 5), secret).map((p) => p.key);
    expect(keys.slice(0, 3)).toEqual(['returnedOverIssued', 'validInvalidMismatch', 'issuedOverMembers']);
    expect(keys.slice(3)).toEqual(['unknownNominee', 'marksOverValid', 'missingNominee', 'missingNominee']);
  });
});

describe('countsFromBallots / countsFromEncoded', () => {
  const ballots: EnteredBallot[] = [
    { invalid: false, marks: { 10: 'agree', 20: 'disagree', 30: 'agree' } },
    { invalid: false, marks: { 10: 'agree', 30: 'abstain' } },
    { invalid: true, marks: { 10: 'agree', 20: 'agree', 30: 'agree' } },
    { invalid: false, marks: {} },
    { invalid: false, marks: { 10: 'disagree', 20: 'agree', 99: 'agree' } },
  ];

  it('sums valid ballots, skips invalid ones and counts blank marks as abstain', () => {
    const counts = countsFromBallots(6, [10, 20, 30], ballots);
    expect(checkCounts(counts, [10, 20, 30], att(6, 6), rule())).toEqual([]);
    expect(counts).toEqual({
      ballotsIssued: 6,
      ballotsReturned: 5,
      valid: 4,
      invalid: 1,
      votes: [vote(10, 2, 1, 1), vote(20, 1, 1, 2), vote(30, 1, 0, 3)],
    });
  });

  it('gives the same counts straight from stored strings, and refuses a damaged one', () => {
    const stored = ballots.map((b) => ({ invalid: b.invalid, encoded: encodeMarks([10, 20, 30], b.marks) }));
    expect(countsFromEncoded(6, [10, 20, 30], stored)).toEqual(countsFromBallots(6, [10, 20, 30], ballots));
    expect(() => countsFromEncoded(6, [10, 20, 30], [{ invalid: true, encoded: 'ad' }])).toThrow();
    expect(() => countsFromEncoded(6, [10, 20, 30], [{ invalid: false, encoded: 'a?d' }])).toThrow();
  });
});

describe('encodeMarks / decodeMarks', () => {
  const ids = [5, 3, 8, 1];
  it.each([
    [{ 5: 'agree', 3: 'disagree', 8: 'abstain', 1: 'agree' }, 'ad-a'],
    [{}, '----'],
    [{ 1: 'disagree' }, '---d'],
  ] as [Record<number, Mark>, string][])('%j ↔ %s', (marks, encoded) => {
    expect(encodeMarks(ids, marks)).toBe(encoded);
    const decoded = decodeMarks(ids, encoded);
    expect(encodeMarks(ids, decoded)).toBe(encoded);
    for (const id of ids) expect(decoded[id] ?? 'abstain').toBe(marks[id] ?? 'abstain');
  });

  it.each([
    ['too short', 'ad-'],
    ['unknown mark', 'adxa'],
  ])('refuses a stored ballot that is %s', (_label, encoded) => {
    expect(() => decodeMarks(ids, encoded)).toThrow();
  });
});

describe('RULE_PRESETS', () => {
  it('ships the four rules, each a valid rule', () => {
    expect(RULE_PRESETS.map((p) => p.name)).toEqual([
      'Quá bán tổng số thành viên',
      'Từ 2/3 tổng số thành viên',
      'Từ 70% số thành viên dự họp',
      'Từ 90% tổng số thành viên, bỏ phiếu kín',
    ]);
    for (const preset of RULE_PRESETS) expect(votingRuleRecord.parse(preset)).toEqual(preset);
  });

  it.each([
    // [preset index, attendance, agree, verdict]
    [0, att(10, 10), 5, 'failed'],
    [0, att(10, 10), 6, 'passed'],
    [1, att(9, 9), 6, 'passed'],
    [1, att(9, 9), 5, 'failed'],
    [2, att(12, 10), 7, 'passed'],
    [2, att(15, 9), 9, 'failed'], // 9 of 15 present: below the 2/3 quorum
    [3, att(11, 10), 9, 'failed'],
    [3, att(11, 9, 2), 10, 'passed'], // written opinions take part
  ] as const)('preset %i with %j: %i agree → %s', (index, a, agree, expected) => {
    const preset = RULE_PRESETS[index];
    if (!preset) throw new Error('missing preset');
    const counts = countsOf([agree], a.present + a.writtenOpinions);
    expect(computeTally(preset, a, counts).results[0]?.verdict).toBe(expected);
  });
});
