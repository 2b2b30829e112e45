import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import { notFound } from '../../core/app-error';
import type { councilMethods } from '../../../shared/api/contract-council';
import { findConference } from '../../conferences/queries';
import { councilOf } from './queries';
import { addMember, changeMember, removeMember, setPresence } from './service';

export function councilHandlers(ctx: CoreContext): HandlersOf<typeof councilMethods> {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const conference = async (conferenceId: number) => {
    if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
  };
  /** Every change is pushed to the open windows and answered with the whole council. */
  const changed = (conferenceId: number) => {
    ctx.events.emit({ type: 'council.changed', conferenceId });
    return councilOf(db, conferenceId);
  };

  return {
    'council.list': async ({ conferenceId }) => {
      await conference(conferenceId);
      return councilOf(db, conferenceId);
    },
    'council.add': async ({ conferenceId, ...member }) => {
      await conference(conferenceId);
      await addMember(db, now, conferenceId, member);
      return changed(conferenceId);
    },
    'council.update': async ({ id, revision, ...member }) =>
      changed(await changeMember(db, now, { id, revision }, member)),
    'council.remove': async (target) => changed(await removeMember(db, now, target)),
    'council.setPresence': async ({ id, presence }) => changed(await setPresence(db, now, id, presence)),
  };
}
