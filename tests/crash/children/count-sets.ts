import type { Counts } from '../../../src/shared/voting';

/** Ballots issued and returned in every saved set of counts (the council's present members). */
export const MEMBERS = 30;

/**
 * The g-th set of counts: `invalid` and so `valid` change with g, and each nominee's votes follow
 * a pattern in its position, so that rows of two different sets cannot pass as one.
 */
export function countsOf(g: number, nomineeIds: number[]): Counts {
  const invalid = g % 7;
  const valid = MEMBERS - invalid;
  return {
    ballotsIssued: MEMBERS,
    ballotsReturned: MEMBERS,
    valid,
    invalid,
    votes: nomineeIds.map((nomineeId, j) => {
      const agree = (g + j) % (valid + 1);
      return { nomineeId, agree, disagree: valid - agree, abstain: 0 };
    }),
  };
}
