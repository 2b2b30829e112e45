import { z } from 'zod';

/** A method: its input schema (validated by the dispatcher) and its output schema (documented). */
export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  summary: string;
  /** Largest request body the web host accepts for this method (default 1 MB). */
  maxBodyBytes?: number;
}
export const method = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> =>
  spec;

/** Methods that take nothing. */
export const noInput = z.object({}).strict().default({});
