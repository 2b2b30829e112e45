import { z } from 'zod';
import { awardFormInput, awardFormListInput, awardFormRecord, awardFormUpdateInput } from '../awards';
import { method } from './method';

/** The award forms catalogue (part of the contract in contract.ts). */
export const awardMethods = {
  'awards.list': method({
    input: awardFormListInput,
    output: z.array(awardFormRecord),
    summary: 'The award forms catalogue, highest rank first.',
  }),
  'awards.create': method({
    input: awardFormInput,
    output: awardFormRecord,
    summary: 'Adds an award form to the catalogue.',
  }),
  'awards.update': method({
    input: awardFormUpdateInput,
    output: awardFormRecord,
    summary: 'Changes an award form (set `active: false` to retire it).',
  }),
};
