import { pollHandlers } from '../../../src/main/voting/polls/handlers';
import { must, openChildCore, say } from './child-core';
import { countsOf } from './count-sets';

// node counts.cjs <dataDir> <typedPollId> <ballotPollId> <nomineeIds,...> <seed>: alternately
// saves a whole set of counts for one poll and adds a counted ballot to the other, until killed.
const [dataDir = '', typedPoll = '', ballotPoll = '', ids = '', seed = '0'] = process.argv.slice(2);

async function main(): Promise<void> {
  const dispatch = await openChildCore(dataDir, pollHandlers);
  const nomineeIds = ids.split(',').map(Number);
  const marks = ['agree', 'disagree', 'abstain'] as const;
  // Each save names the revision the previous one left, as a window that saw its own save would.
  let { revision } = await must<{ revision: number }>(dispatch, 'polls.get', { id: Number(typedPoll) });
  say('ready');
  for (let g = Number(seed); ; g++) {
    say('started saveCounts');
    ({ revision } = await must<{ revision: number }>(dispatch, 'polls.saveCounts', {
      id: Number(typedPoll),
      revision,
      counts: countsOf(g, nomineeIds),
    }));
    say('done saveCounts');
    say('started addBallot');
    await must(dispatch, 'polls.addBallot', {
      id: Number(ballotPoll),
      invalid: g % 11 === 0,
      marks: Object.fromEntries(nomineeIds.map((id, j) => [String(id), marks[(g * 7 + j) % 3]])),
    });
    say('done addBallot');
  }
}

void main();
