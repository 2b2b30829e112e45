import type {
  Attendance,
  Counts,
  CountProblem,
  NomineeResult,
  TallyResult,
  Verdict,
  VotingRule,
} from '../../shared/voting';

// Every pass/fail decision here is made by cross-multiplying integers, never by comparing
// percentages: 2 of 3 must meet "at least 2/3", which 66.67% would not.

/** Members taking part: those present, plus absent members' written opinions when the rule counts them. */
function takingPart(rule: VotingRule, attendance: Attendance): number {
  return attendance.present + (rule.writtenOpinionsCount ? attendance.writtenOpinions : 0);
}

/** Quorum: members taking part / totalMembers >= rule.quorum, exactly. No members → not met. */
export function quorumMet(rule: VotingRule, attendance: Attendance): boolean {
  if (attendance.totalMembers <= 0) return false;
  return (
    takingPart(rule, attendance) * rule.quorum.denominator >= rule.quorum.numerator * attendance.totalMembers
  );
}

/** The number the rule's threshold is a share of. */
export function denominatorValue(rule: VotingRule, attendance: Attendance, counts: Counts): number {
  switch (rule.denominator) {
    case 'all_members':
      return attendance.totalMembers;
    case 'members_present':
      return takingPart(rule, attendance);
    case 'ballots_issued':
      return counts.ballotsIssued;
    case 'ballots_returned':
      return counts.ballotsReturned;
    case 'valid_ballots':
      return counts.valid;
  }
}

/** agree / denominator against the threshold, exactly; a zero denominator never passes. */
export function meetsThreshold(rule: VotingRule, agree: number, denominator: number): boolean {
  if (denominator <= 0) return false;
  const reached = agree * rule.threshold.denominator;
  const needed = rule.threshold.numerator * denominator;
  return rule.strict ? reached > needed : reached >= needed;
}

/** Every inconsistency in entered counts, so the tellers see them all at once; empty means ok. */
export function checkCounts(
  counts: Counts,
  nomineeIds: number[],
  attendance: Attendance,
  rule: VotingRule,
): CountProblem[] {
  const problems: CountProblem[] = [];
  const { ballotsIssued: issued, ballotsReturned: returned, valid, invalid } = counts;
  if (returned > issued) problems.push({ key: 'returnedOverIssued', values: { returned, issued } });
  if (valid + invalid !== returned) {
    problems.push({ key: 'validInvalidMismatch', values: { valid, invalid, returned } });
  }
  // Ballots are handed only to members taking part; with a show of hands or named vote
  // "issued" has no paper meaning, so it is not checked against the members.
  if (rule.method === 'secret_ballot') {
    const members = takingPart(rule, attendance);
    if (issued > members) problems.push({ key: 'issuedOverMembers', values: { issued, members } });
  }
  const expected = new Set(nomineeIds);
  const seen = new Set<number>();
  for (const vote of counts.votes) {
    const { nomineeId, agree, disagree, abstain } = vote;
    seen.add(nomineeId);
    if (!expected.has(nomineeId)) problems.push({ key: 'unknownNominee', nomineeId, values: { nomineeId } });
    const marks = agree + disagree + abstain;
    if (marks > valid) {
      problems.push({
        key: 'marksOverValid',
        nomineeId,
        values: { agree, disagree, abstain, marks, valid },
      });
    }
  }
  for (const nomineeId of nomineeIds) {
    if (!seen.has(nomineeId)) problems.push({ key: 'missingNominee', nomineeId, values: { nomineeId } });
  }
  return problems;
}

/** Verdicts for nominees that met the threshold, by competition rank, with ties at the quota line kept open. */
function rankAndJudge(met: NomineeResult[], quota: number | null, quorum: boolean): { tieAtQuota: boolean } {
  const sorted = [...met].sort((a, b) => b.agree - a.agree);
  let tieAtQuota = false;
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]?.agree === sorted[start]?.agree) end++;
    // A tied group takes places start+1 .. end; it straddles the quota line when the first
    // place is within the quota and the last beyond it.
    const rank = start + 1;
    let verdict: Verdict;
    if (!quorum) verdict = 'failed';
    else if (quota === null || end <= quota) verdict = 'passed';
    else if (rank > quota) verdict = 'failed';
    else {
      verdict = 'tie_at_quota';
      tieAtQuota = true;
    }
    for (let i = start; i < end; i++) {
      const result = sorted[i];
      if (!result) continue;
      result.rank = rank;
      result.verdict = verdict;
    }
    start = end;
  }
  return { tieAtQuota };
}

/**
 * The tally of one poll. Without quorum every verdict is 'failed', but threshold and rank are
 * still shown so the minutes can record what the votes were.
 */
export function computeTally(rule: VotingRule, attendance: Attendance, counts: Counts): TallyResult {
  const quorum = quorumMet(rule, attendance);
  const denominator = denominatorValue(rule, attendance, counts);
  const results: NomineeResult[] = counts.votes.map((vote) => ({
    nomineeId: vote.nomineeId,
    agree: vote.agree,
    disagree: vote.disagree,
    abstain: vote.abstain,
    percent: denominator > 0 ? (vote.agree / denominator) * 100 : 0,
    thresholdMet: meetsThreshold(rule, vote.agree, denominator),
    rank: null,
    verdict: 'failed',
  }));
  const { tieAtQuota } = rankAndJudge(
    results.filter((result) => result.thresholdMet),
    rule.quota,
    quorum,
  );
  return { quorumMet: quorum, denominatorValue: denominator, results, tieAtQuota };
}

/** A mark on one nominee of a ballot. */
export type Mark = 'agree' | 'disagree' | 'abstain';

/** A ballot entered one by one; a nominee without a mark is counted as abstaining. */
export interface EnteredBallot {
  invalid: boolean;
  marks: Record<number, Mark>;
}

/** Counts from per-nominee sums of agree and disagree; every other valid ballot abstained. */
function sumsToCounts(
  ballotsIssued: number,
  nomineeIds: number[],
  returned: number,
  invalid: number,
  agree: Uint32Array,
  disagree: Uint32Array,
): Counts {
  const valid = returned - invalid;
  return {
    ballotsIssued,
    ballotsReturned: returned,
    valid,
    invalid,
    votes: nomineeIds.map((nomineeId, i) => {
      const a = agree[i] ?? 0;
      const d = disagree[i] ?? 0;
      return { nomineeId, agree: a, disagree: d, abstain: valid - a - d };
    }),
  };
}

/** Sums entered ballots into Counts; marks on invalid ballots are not counted. */
export function countsFromBallots(
  ballotsIssued: number,
  nomineeIds: number[],
  ballots: EnteredBallot[],
): Counts {
  // One summing loop for both forms: a ballot entered as marks is counted as it is stored.
  return countsFromEncoded(
    ballotsIssued,
    nomineeIds,
    ballots.map((b) => ({ invalid: b.invalid, encoded: encodeMarks(nomineeIds, b.marks) })),
  );
}

const MARK_CHAR: Record<Mark, string> = { agree: 'a', disagree: 'd', abstain: '-' };
const [AGREE, DISAGREE, ABSTAIN] = [97, 100, 45]; // 'a', 'd', '-'

/** One character per nominee, in nominee order: 'a' agree, 'd' disagree, '-' abstain or blank. */
export function encodeMarks(nomineeIds: number[], marks: Record<number, Mark>): string {
  let encoded = '';
  for (const id of nomineeIds) encoded += MARK_CHAR[marks[id] ?? 'abstain'];
  return encoded;
}

// A stored ballot that does not fit the nominee list is refused rather than guessed at: a vote
// must never be miscounted silently.
function refuse(nomineeIds: number[], encoded: string, at: number): never {
  if (encoded.length !== nomineeIds.length) {
    throw new Error(`Ballot has ${encoded.length} marks for ${nomineeIds.length} nominees`);
  }
  throw new Error(`Unknown ballot mark "${encoded[at] ?? ''}" at position ${at}`);
}

/**
 * Back from encodeMarks. Abstentions are left out (a missing mark is an abstention): once ids
 * pass ~1000, V8 keeps a number-keyed object as a hash table, so every write counts.
 */
export function decodeMarks(nomineeIds: number[], encoded: string): Record<number, Mark> {
  if (encoded.length !== nomineeIds.length) refuse(nomineeIds, encoded, 0);
  const marks: Record<number, Mark> = {};
  for (let i = 0; i < nomineeIds.length; i++) {
    const char = encoded.charCodeAt(i);
    if (char === AGREE) marks[nomineeIds[i] as number] = 'agree';
    else if (char === DISAGREE) marks[nomineeIds[i] as number] = 'disagree';
    else if (char !== ABSTAIN) refuse(nomineeIds, encoded, i);
  }
  return marks;
}

/** A ballot as a poll stores it: the invalid flag and its marks from encodeMarks. */
export interface StoredBallot {
  invalid: boolean;
  encoded: string;
}

/**
 * Sums stored ballots straight from their strings: the same Counts as decoding each one and
 * calling countsFromBallots, without building 300 hash tables (several times faster).
 */
export function countsFromEncoded(
  ballotsIssued: number,
  nomineeIds: number[],
  ballots: StoredBallot[],
): Counts {
  const n = nomineeIds.length;
  const agree = new Uint32Array(n);
  const disagree = new Uint32Array(n);
  let invalid = 0;
  for (const ballot of ballots) {
    const encoded = ballot.encoded;
    if (encoded.length !== n) refuse(nomineeIds, encoded, 0);
    // An invalid ballot's marks are not counted, but a malformed one still means damaged storage.
    const counted = !ballot.invalid;
    if (!counted) invalid++;
    for (let i = 0; i < n; i++) {
      const char = encoded.charCodeAt(i);
      if (char === AGREE) {
        if (counted) agree[i] = (agree[i] ?? 0) + 1;
      } else if (char === DISAGREE) {
        if (counted) disagree[i] = (disagree[i] ?? 0) + 1;
      } else if (char !== ABSTAIN) refuse(nomineeIds, encoded, i);
    }
  }
  return sumsToCounts(ballotsIssued, nomineeIds, ballots.length, invalid, agree, disagree);
}
