/**
 * A small deterministic generator (a linear congruential one) for tests that try thousands of
 * generated inputs: the same seed gives the same inputs, so a failure can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}
