import { z } from 'zod';
import { entityId } from '../fields';
import {
  nomineeBulkUpdateInput,
  nomineeCreateInput,
  nomineeFilterInput,
  nomineeIdsInput,
  nomineeListInput,
  nomineePageRecord,
  nomineeRecord,
  nomineeRef,
  nomineeSelectionInput,
  nomineeUpdateInput,
} from '../nominees';
import { method } from './method';

/** A conference's nominees (part of the contract in contract.ts). */
export const nomineeMethods = {
  'nominees.list': method({
    input: nomineeListInput,
    output: nomineePageRecord,
    summary:
      'A page of a conference’s nominees: accent-insensitive search over name, unit, position and achievement, filters, Vietnamese sort (people by given name), counts of all matches.',
  }),
  'nominees.ids': method({
    input: nomineeFilterInput,
    output: z.array(nomineeRef),
    summary: 'Every nominee the filter matches, as id and revision (to select them all).',
  }),
  'nominees.get': method({
    input: z.object({ id: entityId() }),
    output: nomineeRecord,
    summary: 'One nominee, with duplicate and history flags.',
  }),
  'nominees.create': method({
    input: nomineeCreateInput,
    output: nomineeRecord,
    summary: 'Adds a nominee; a unit given by a new name is created.',
  }),
  'nominees.update': method({
    input: nomineeUpdateInput,
    output: nomineeRecord,
    summary: 'Replaces a nominee’s details; CONFLICT when its revision has moved on since it was read.',
  }),
  'nominees.bulkUpdate': method({
    input: nomineeBulkUpdateInput,
    output: z.object({
      updated: z.number().int(),
      /** The selection with its new revisions, for a next change on the same selection. */
      items: z.array(nomineeRef),
    }),
    summary:
      'Sets the award form and/or status of many nominees at once (one transaction); CONFLICT, changing none, when any has moved on.',
  }),
  'nominees.delete': method({
    input: nomineeSelectionInput,
    output: z.object({ deleted: z.number().int() }),
    summary:
      'Deletes nominees (softly: `nominees.restore` brings them back); CONFLICT, deleting none, when any has moved on.',
  }),
  'nominees.restore': method({
    input: nomineeIdsInput,
    output: z.object({ restored: z.number().int() }),
    summary: 'Undoes `nominees.delete`.',
  }),
};
