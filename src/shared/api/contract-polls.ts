import { z } from 'zod';
import { entityId } from '../fields';
import {
  ballotsPdfInput,
  pollBallotInput,
  pollCloseInput,
  pollCountsInput,
  pollCreateInput,
  pollDetailRecord,
  pollIdInput,
  pollReopenInput,
  pollStateInput,
  pollSummaryRecord,
  pollUpdateInput,
} from '../voting';
import { writtenFileRecord } from '../files';
import { method } from './method';

/** Polls: counting, closing, reopening and their documents (part of the contract in contract.ts). */
export const pollMethods = {
  'polls.list': method({
    input: z.object({ conferenceId: entityId() }),
    output: z.array(pollSummaryRecord),
    summary: 'The polls of a conference, newest first.',
  }),
  'polls.get': method({
    input: pollIdInput,
    output: pollDetailRecord,
    summary: 'A poll with its nominees, counts, problems in the counts and its result.',
  }),
  'polls.create': method({
    input: pollCreateInput,
    output: pollDetailRecord,
    summary: 'Creates a poll over some nominees under a copy of a rule preset.',
  }),
  'polls.update': method({
    input: pollUpdateInput,
    output: pollDetailRecord,
    summary: 'Changes a draft poll’s title, rule or nominees, as last read (`revision`).',
  }),
  'polls.setState': method({
    input: pollStateInput,
    output: pollDetailRecord,
    summary: 'Moves a poll on: draft → voting → counting, from the poll as last read (`revision`).',
  }),
  'polls.saveCounts': method({
    input: pollCountsInput,
    output: pollDetailRecord,
    summary:
      'Stores the counted totals (ballots issued, returned, valid, invalid; votes per nominee) after checking them; refused when the poll (a ballot added, say) changed since `revision`.',
  }),
  'polls.addBallot': method({
    input: pollBallotInput,
    output: pollDetailRecord,
    summary:
      'Adds one counted ballot (its marks, or invalid); the totals follow and the poll’s revision moves on. No member is linked to it.',
  }),
  'polls.close': method({
    input: pollCloseInput,
    output: pollDetailRecord,
    summary:
      'Closes a counted poll as last read (`revision`): checks counts and quorum, stores the result and approves those who passed.',
  }),
  'polls.reopen': method({
    input: pollReopenInput,
    output: pollDetailRecord,
    summary:
      'Reopens a closed poll (as last read, `revision`) for counting; the reason is kept in the audit log.',
  }),
  'polls.ballotsPdf': method({
    input: ballotsPdfInput,
    output: writtenFileRecord,
    summary:
      'Writes numbered paper ballots (A4) into the exports folder, one per member taking part unless `copies` says otherwise.',
  }),
  'polls.minutesPdf': method({
    input: pollIdInput,
    output: writtenFileRecord,
    summary:
      'Writes the vote-count minutes (biên bản kiểm phiếu) of a poll with counts into the exports folder.',
  }),
};
