import {
  checkCounts,
  computeTally,
  countsFromEncoded,
  encodeMarks,
  type Mark,
  type StoredBallot,
} from '../src/main/voting/tally';
import type { Attendance, Counts, VotingRule } from '../src/shared/voting';
import { defineBenchmark, timeMs } from './types';

const NOMINEES = 500;
const BALLOTS = 300;

interface StoredBallots {
  nomineeIds: number[];
  /** As a poll keeps them: the invalid flag and the marks encoded one character per nominee. */
  ballots: StoredBallot[];
  attendance: Attendance;
  rule: VotingRule;
}

/** mulberry32: a tiny seeded generator, so every run counts the same ballots. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function storedBallots(): StoredBallots {
  const random = seeded(20250701);
  // Ids as in a data folder that has seen many imports: large and spread out, the slow case for
  // number-keyed objects (V8 turns them into hash tables past ~1000).
  const nomineeIds = Array.from({ length: NOMINEES }, (_, i) => 120_000 + i * 7);
  const ballots = Array.from({ length: BALLOTS }, () => {
    const marks: Record<number, Mark> = {};
    for (const id of nomineeIds) {
      const r = random();
      // Mostly agree, as at a real review conference, and some left blank.
      if (r < 0.72) marks[id] = 'agree';
      else if (r < 0.92) marks[id] = 'disagree';
    }
    return { invalid: random() < 0.02, encoded: encodeMarks(nomineeIds, marks) };
  });
  return {
    nomineeIds,
    ballots,
    attendance: { totalMembers: 320, present: BALLOTS, writtenOpinions: 0 },
    // A quota makes the tally rank and look for a tie at the line, the costliest path.
    rule: {
      name: 'bench',
      threshold: { numerator: 70, denominator: 100 },
      strict: false,
      denominator: 'members_present',
      quorum: { numerator: 2, denominator: 3 },
      writtenOpinionsCount: false,
      quota: 100,
      secret: true,
      method: 'secret_ballot',
    },
  };
}

/** checkCounts and computeTally on summed counts, with the sanity checks that make a run count. */
function checkAndTally({ nomineeIds, attendance, rule }: StoredBallots, counts: Counts): void {
  const problems = checkCounts(counts, nomineeIds, attendance, rule);
  if (problems.length > 0) throw new Error(`unexpected count problems: ${problems[0]?.key}`);
  const tally = computeTally(rule, attendance, counts);
  if (tally.results.length !== NOMINEES) throw new Error('a nominee is missing from the tally');
}

export const votingBenchmarks = [
  defineBenchmark<StoredBallots>({
    name: 'tally_500x300_ms',
    unit: 'ms',
    setup: async () => storedBallots(),
    // One run = what closing or refreshing a ballot-by-ballot poll does: sum the stored ballots
    // straight from their strings (as polls.addBallot does), check the counts, compute the tally.
    run: async (state) =>
      timeMs(async () => {
        checkAndTally(state, countsFromEncoded(BALLOTS, state.nomineeIds, state.ballots));
      }),
  }),
];
