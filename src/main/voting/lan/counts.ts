import type { Kysely } from 'kysely';
import type { Counts } from '../../../shared/voting';
import type { Database } from '../../db/schema';
import { countsFromEncoded } from '../tally';
import { listBallots, storeCounts } from '../polls/write-queries';
import { readPoll } from '../polls/queries';

/**
 * When a poll leaves voting, its electronic ballots become its counts, as if the tellers had
 * entered each: paper ballots are then added on top (polls.addBallot) and the poll closes
 * through the same checks and rule engine. Each electronic ballot was also a ballot issued.
 * Returns the counts stored, or null when no phone voted.
 */
export async function storeElectronicCounts(
  trx: Kysely<Database>,
  pollId: number,
  at: string,
): Promise<Counts | null> {
  const ballots = await listBallots(trx, pollId);
  if (ballots.length === 0) return null;
  // In list order, as the phones were given the nominees (and as addBallot encodes paper ones).
  const ids = (await readPoll(trx, pollId)).nominees.map((n) => n.nomineeId);
  const counts = countsFromEncoded(
    ballots.length,
    ids,
    ballots.map((b) => ({ invalid: b.invalid === 1, encoded: b.marks })),
  );
  await storeCounts(trx, pollId, counts, at);
  return counts;
}
