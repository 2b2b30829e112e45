import { findConference } from '../../conferences/queries';
import { notFound } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import type { pollMethods } from '../../../shared/api/contract-polls';
import { closePoll, reopenPoll } from './close';
import { pollDocumentHandlers } from './documents';
import { listPolls, readPoll } from './queries';
import { addBallot, createPoll, editPoll, movePoll, saveCounts } from './service';

export function pollHandlers(ctx: CoreContext): HandlersOf<typeof pollMethods> {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const conference = async (conferenceId: number) => {
    if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
  };
  /** A poll decides nominees' status: both lists are pushed, and the poll is answered as it now is. */
  const changed = (conferenceId: number, id: number) => {
    ctx.events.emit({ type: 'polls.changed', conferenceId });
    ctx.events.emit({ type: 'nominees.changed', conferenceId });
    return readPoll(db, id);
  };

  return {
    'polls.list': async ({ conferenceId }) => {
      await conference(conferenceId);
      return listPolls(db, conferenceId);
    },
    'polls.get': ({ id }) => readPoll(db, id),
    'polls.create': async (input) => {
      await conference(input.conferenceId);
      return changed(input.conferenceId, await createPoll(db, now, input));
    },
    'polls.update': async (input) => changed(await editPoll(db, now, input), input.id),
    'polls.setState': async (input) => changed(await movePoll(db, now, input), input.id),
    'polls.saveCounts': async (input) => changed(await saveCounts(db, now, input), input.id),
    'polls.addBallot': async (input) => changed(await addBallot(db, now, input), input.id),
    'polls.close': async ({ id, revision }) => changed(await closePoll(db, now, id, revision), id),
    'polls.reopen': async (input) => changed(await reopenPoll(db, now, input), input.id),
    ...pollDocumentHandlers(ctx),
  };
}
