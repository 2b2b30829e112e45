import { z } from 'zod';
import { ruleEntryRecord, ruleSaveInput } from '../voting';
import { method } from './method';

/** Voting rule presets (part of the contract in contract.ts). */
export const ruleMethods = {
  'rules.list': method({
    input: z.object({}).strict().default({}),
    output: z.array(ruleEntryRecord),
    summary: 'Voting rule presets (threshold, denominator, quorum, quota, secrecy).',
  }),
  'rules.save': method({
    input: ruleSaveInput,
    output: ruleEntryRecord,
    summary:
      'Saves a rule preset; without an id, a new one (a copy). Polls keep the rule they were made with.',
  }),
};
