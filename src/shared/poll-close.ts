import type { NomineeStatus } from './nominees';
import type { PollDetail } from './voting';

/**
 * What closing a counted poll does to its nominees, in one place for the core that closes it
 * and the confirmation that says so beforehand.
 */

type Verdict = NonNullable<PollDetail['tally']>['results'][number]['verdict'];

/** The status a verdict gives; null for a tie at the quota line, which the council settles. */
export function statusAfterClose(verdict: Verdict): NomineeStatus | null {
  if (verdict === 'passed') return 'duoc_duyet';
  if (verdict === 'failed') return 'khong_duoc_duyet';
  return null;
}

export interface CloseOutcome {
  passed: number;
  failed: number;
  /** Names of the nominees tied at the quota line: their status stays as it is. */
  ties: string[];
  /** Nominees whose status the close changes, to approved and to not approved. */
  toApproved: number;
  toRejected: number;
  /** Nominees whose status already is the one their verdict gives. */
  unchanged: number;
  /** Why the core will refuse the close, if it will: no quorum, or counts that do not add up. */
  blocked: 'quorum' | 'counts' | null;
}

/** The outcome of closing `poll` as it stands, or null while it has no result. */
export function closeOutcome(poll: PollDetail): CloseOutcome | null {
  if (!poll.tally) return null;
  const byId = new Map(poll.nominees.map((n) => [n.nomineeId, n]));
  const outcome: CloseOutcome = {
    passed: 0,
    failed: 0,
    ties: [],
    toApproved: 0,
    toRejected: 0,
    unchanged: 0,
    blocked: poll.problems.length > 0 ? 'counts' : poll.tally.quorumMet ? null : 'quorum',
  };
  for (const r of poll.tally.results) {
    const nominee = byId.get(r.nomineeId);
    const status = statusAfterClose(r.verdict);
    if (r.verdict === 'passed') outcome.passed += 1;
    else if (r.verdict === 'failed') outcome.failed += 1;
    else outcome.ties.push(nominee?.fullName ?? `#${r.nomineeId}`);
    if (status === null) continue;
    if (nominee?.status === status) outcome.unchanged += 1;
    else if (status === 'duoc_duyet') outcome.toApproved += 1;
    else outcome.toRejected += 1;
  }
  return outcome;
}
