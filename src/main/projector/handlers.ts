import { pollScreenPageCount, stepPollPage } from '../../shared/poll-screen';
import { stepShow, type ProjectorSetting } from '../../shared/projector';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { projectorMethods } from '../../shared/api/contract-projector';
import { ceremonyList, clearCeremony, recordCeremony } from './ceremony';
import { chosenSetting } from './show';
import {
  readCeremonyBatches,
  readClosedPoll,
  readSetting,
  requireConference,
  resolveContent,
  writeSetting,
} from './queries';

type ProjectorHandlers = HandlersOf<typeof projectorMethods>;

/** The projector screen and the ceremony. */
export function projectorHandlers(ctx: CoreContext): ProjectorHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();

  const save = async (conferenceId: number, setting: ProjectorSetting) => {
    await writeSetting(db, conferenceId, setting, now());
    ctx.events.emit({ type: 'projector.changed', conferenceId });
    return resolveContent(db, conferenceId);
  };

  const step = async (conferenceId: number, direction: 1 | -1) => {
    await requireConference(db, conferenceId);
    const setting = await readSetting(db, conferenceId);
    // On a poll's result the presenter's remote turns its pages, as it walks the ceremony batches.
    const poll = setting.screen === 'poll' ? await readClosedPoll(db, conferenceId, setting.pollId) : null;
    if (poll) {
      const pages = pollScreenPageCount(poll);
      return save(conferenceId, { ...setting, pollPage: stepPollPage(setting.pollPage, pages, direction) });
    }
    const batches = await readCeremonyBatches(db, conferenceId, setting.batchSize);
    return save(conferenceId, stepShow(setting, batches.length, direction));
  };

  return {
    'projector.state': ({ conferenceId }) => resolveContent(db, conferenceId),

    'projector.show': async (input) => {
      await requireConference(db, input.conferenceId);
      const current = await readSetting(db, input.conferenceId);
      return save(input.conferenceId, await chosenSetting(db, current, input));
    },

    'projector.next': ({ conferenceId }) => step(conferenceId, 1),
    'projector.previous': ({ conferenceId }) => step(conferenceId, -1),

    'projector.openWindow': async () => {
      if (!ctx.shell.openProjectorWindow) return { opened: false };
      await ctx.shell.openProjectorWindow();
      return { opened: true };
    },

    'ceremony.list': async ({ conferenceId }) => {
      await requireConference(db, conferenceId);
      return ceremonyList(db, conferenceId);
    },
    'ceremony.record': async (input) => {
      const { record, conferenceId } = await recordCeremony(db, now(), input);
      ctx.events.emit({ type: 'ceremony.changed', conferenceId });
      return record;
    },
    'ceremony.clear': async ({ nomineeId }) => {
      const conferenceId = await clearCeremony(db, now, nomineeId);
      if (conferenceId !== null) ctx.events.emit({ type: 'ceremony.changed', conferenceId });
      return { cleared: conferenceId !== null };
    },
  };
}
