import { z } from 'zod';
import {
  ceremonyListRecord,
  ceremonyRecordInput,
  ceremonyRecordRecord,
  conferenceIdInput,
  projectorContentRecord,
  projectorShowInput,
} from '../projector';
import { entityId } from '../fields';
import { method, noInput } from './method';

/** The projector screen and the commendation ceremony (batches and records) (part of the contract in contract.ts). */
export const projectorMethods = {
  'projector.state': method({
    input: conferenceIdInput,
    output: projectorContentRecord,
    summary:
      'What the projector shows, fully resolved: the screen, the conference title card, the current agenda item (with planned duration and actual start, so the clock ticks on the client), the ceremony batch or the poll result.',
  }),
  'projector.show': method({
    input: projectorShowInput,
    output: projectorContentRecord,
    summary:
      'Puts a screen on the projector: blank, logo (title card), agenda, a ceremony batch (with the batch size) or a closed poll’s result. Kept across restarts.',
  }),
  'projector.next': method({
    input: conferenceIdInput,
    output: projectorContentRecord,
    summary:
      'One step forward in the show sequence (agenda screen, then each ceremony batch); stops at the last batch.',
  }),
  'projector.previous': method({
    input: conferenceIdInput,
    output: projectorContentRecord,
    summary: 'One step back in the show sequence; stops at the agenda screen.',
  }),
  'projector.openWindow': method({
    input: noInput,
    output: z.object({ opened: z.boolean() }),
    summary:
      'Asks the desktop shell to open the projector window (on the external display when there is one); the web host answers opened: false and the page opens a browser window itself.',
  }),
  'ceremony.list': method({
    input: conferenceIdInput,
    output: ceremonyListRecord,
    summary:
      'The approved honorees in ceremony batches (highest award first, the projector’s batch size) with what was recorded for each, and the counts.',
  }),
  'ceremony.record': method({
    input: ceremonyRecordInput,
    output: ceremonyRecordRecord,
    summary:
      'Records that an approved honoree received the award, was absent, or was represented (nhận thay: the name is required).',
  }),
  'ceremony.clear': method({
    input: z.object({ nomineeId: entityId() }),
    output: z.object({ cleared: z.boolean() }),
    summary: 'Removes what was recorded for an honoree (back to not yet called).',
  }),
};
