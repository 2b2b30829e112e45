import { findConference } from '../conferences/queries';
import { notFound } from '../core/app-error';
import type { CoreContext } from '../core/context';
import type { HandlersOf } from '../core/dispatcher';
import type { decisionMethods } from '../../shared/api/contract-decisions';
import { decisionRow, listDecisions, listRegisters, readAwards, readDecision, registerRow } from './queries';
import { previewAssignment } from './assign';
import { changeRegister, createRegister } from './registers';
import { assignToDecision, changeDecision, createDecision, removeDecision } from './service';

export function decisionHandlers(ctx: CoreContext): HandlersOf<typeof decisionMethods> {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();
  const changed = (conferenceId: number) => ctx.events.emit({ type: 'decisions.changed', conferenceId });
  const conference = async (conferenceId: number) => {
    if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
  };

  return {
    'registers.list': () => listRegisters(db),
    'registers.create': (input) => createRegister(db, now, input),
    'registers.update': ({ id, revision, ...input }) => changeRegister(db, now, id, revision, input),
    'decisions.list': async ({ conferenceId }) => {
      await conference(conferenceId);
      return listDecisions(db, conferenceId);
    },
    'decisions.create': async ({ conferenceId, ...fields }) => {
      await conference(conferenceId);
      if (fields.registerId !== null) await registerRow(db, fields.registerId);
      const id = await createDecision(db, now, conferenceId, fields);
      changed(conferenceId);
      return readDecision(db, id);
    },
    'decisions.update': async ({ id, revision, ...fields }) => {
      changed(await changeDecision(db, now, id, revision, fields));
      return readDecision(db, id);
    },
    'decisions.delete': async ({ id, revision }) => {
      changed(await removeDecision(db, now, id, revision));
      return { deleted: 1 };
    },
    'decisions.assignPreview': async ({ decisionId, nomineeIds }) =>
      previewAssignment(db, await decisionRow(db, decisionId), nomineeIds),
    'decisions.assign': async (input) => {
      const { decision, added } = await assignToDecision(db, now, input);
      if (added > 0) changed(decision.conference_id);
      return readAwards(db, input.decisionId);
    },
    'decisions.awards': async ({ id }) => {
      await decisionRow(db, id);
      return readAwards(db, id);
    },
  };
}
