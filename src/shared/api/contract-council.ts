import { z } from 'zod';
import { entityId } from '../fields';
import {
  councilRecord,
  memberCreateInput,
  memberRemoveInput,
  memberUpdateInput,
  presenceInput,
} from '../voting';
import { method } from './method';

/** The commendation council and who is present (part of the contract in contract.ts). */
export const councilMethods = {
  'council.list': method({
    input: z.object({ conferenceId: entityId() }),
    output: councilRecord,
    summary: 'The commendation council of a conference, with who is present.',
  }),
  'council.add': method({
    input: memberCreateInput,
    output: councilRecord,
    summary: 'Adds a council member (absent until marked present).',
  }),
  'council.update': method({
    input: memberUpdateInput,
    output: councilRecord,
    summary: 'Changes a member’s name, title, unit or role, as last read (`revision`).',
  }),
  'council.remove': method({
    input: memberRemoveInput,
    output: councilRecord,
    summary: 'Removes a member from the council, as last read (`revision`).',
  }),
  'council.setPresence': method({
    input: presenceInput,
    output: councilRecord,
    summary: 'Marks a member present, absent, or absent with a written opinion.',
  }),
};
