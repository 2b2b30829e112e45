import { z } from 'zod';
import { unitListInput, unitRecord } from '../units';
import { method } from './method';

/** Units, the đơn vị nominees belong to (part of the contract in contract.ts). */
export const unitMethods = {
  'units.list': method({
    input: unitListInput,
    output: z.array(unitRecord),
    summary: 'Units (đơn vị), in Vietnamese order; with `conferenceId`, only those its nominees belong to.',
  }),
};
