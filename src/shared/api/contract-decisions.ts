import { z } from 'zod';
import {
  assignPreviewRecord,
  awardRecord,
  decisionAssignInput,
  decisionAssignPreviewInput,
  decisionCreateInput,
  decisionDeleteInput,
  decisionIdInput,
  decisionListInput,
  decisionRecord,
  decisionUpdateInput,
  registerInput,
  registerRecord,
  registerUpdateInput,
} from '../certificates';
import { method, noInput } from './method';

/** Registers (sổ vàng), award decisions and their numbered awards (part of the contract in contract.ts). */
export const decisionMethods = {
  'registers.list': method({
    input: noInput,
    output: z.array(registerRecord),
    summary: 'Registers (sổ vàng) and the number each hands out next.',
  }),
  'registers.create': method({
    input: registerInput,
    output: registerRecord,
    summary: 'A new register: prefix, running number, suffix ("125/KT").',
  }),
  'registers.update': method({
    input: registerUpdateInput,
    output: registerRecord,
    summary: 'Renames a register or changes its pattern; the next number may only go up.',
  }),
  'decisions.list': method({
    input: decisionListInput,
    output: z.array(decisionRecord),
    summary: "A conference's award decisions, newest first.",
  }),
  'decisions.create': method({
    input: decisionCreateInput,
    output: decisionRecord,
    summary: 'Records an award decision (number, date, issuer, signer, register).',
  }),
  'decisions.update': method({
    input: decisionUpdateInput,
    output: decisionRecord,
    summary: "Changes a decision's text; numbers already given stay.",
  }),
  'decisions.delete': method({
    input: decisionDeleteInput,
    output: z.object({ deleted: z.number().int() }),
    summary: 'Deletes a decision and its awards; their register numbers are never given again.',
  }),
  'decisions.assignPreview': method({
    input: decisionAssignPreviewInput,
    output: assignPreviewRecord,
    summary:
      'What decisions.assign would do with these nominees (how many, which register numbers), writing nothing: shown for the person to confirm.',
  }),
  'decisions.assign': method({
    input: decisionAssignInput,
    output: z.array(awardRecord),
    summary:
      "Gives the decision's awards to approved nominees (each with its award form) and numbers them in the register, highest form first, in one transaction.",
  }),
  'decisions.awards': method({
    input: decisionIdInput,
    output: z.array(awardRecord),
    summary: "A decision's awards in certificate order: highest form first, then list order.",
  }),
};
