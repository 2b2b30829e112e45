import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { agendaMethods } from '../../shared/api/contract-agenda';
import { exportProgramme } from './programme-export';
import { conferenceOf, readAgenda, readAgendaItem } from './queries';
import type { RunCommand } from './run';
import { changeItem, createItem, removeItem, reorderItems, resetRun, runStep } from './service';

/** The agenda and its run mode. */
export function agendaHandlers(ctx: CoreContext): HandlersOf<typeof agendaMethods> {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'agenda.changed', conferenceId });
  const changedAgenda = (conferenceId: number) => {
    changed(conferenceId);
    return readAgenda(db, conferenceId);
  };
  const run = async (conferenceId: number, command: RunCommand) => {
    await conferenceOf(db, conferenceId);
    await runStep(db, now(), conferenceId, command);
    return changedAgenda(conferenceId);
  };

  return {
    'agenda.list': ({ conferenceId }) => readAgenda(db, conferenceId),
    'agenda.create': async ({ conferenceId, ...fields }) => {
      await conferenceOf(db, conferenceId);
      const id = await createItem(db, now, conferenceId, fields);
      changed(conferenceId);
      return readAgendaItem(db, id);
    },
    'agenda.update': async ({ id, revision, ...fields }) => {
      const before = await changeItem(db, now, id, revision, fields);
      changed(before.conference_id);
      return readAgendaItem(db, id);
    },
    'agenda.delete': async ({ id, revision }) => {
      const before = await removeItem(db, now, id, revision);
      changed(before.conference_id);
      return { deleted: 1 };
    },
    'agenda.reorder': async ({ conferenceId, ids }) => {
      await conferenceOf(db, conferenceId);
      await reorderItems(db, now, conferenceId, ids);
      return changedAgenda(conferenceId);
    },
    'agenda.start': ({ conferenceId }) => run(conferenceId, 'start'),
    'agenda.next': ({ conferenceId }) => run(conferenceId, 'next'),
    'agenda.previous': ({ conferenceId }) => run(conferenceId, 'previous'),
    'agenda.finish': ({ conferenceId }) => run(conferenceId, 'finish'),
    'agenda.reset': async ({ conferenceId }) => {
      await conferenceOf(db, conferenceId);
      await resetRun(db, now, conferenceId);
      return changedAgenda(conferenceId);
    },
    'agenda.programmePdf': ({ conferenceId }) => exportProgramme(ctx, conferenceId),
  };
}
