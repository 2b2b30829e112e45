import { z } from 'zod';
import { isLocalDateTime } from './dates';
import { normalizeLine, normalizeMultiline } from './text';

/**
 * Field builders used by every schema, so that every text is capped and normalised the same
 * way. Raw input is capped before normalising so that a huge string is refused cheaply.
 */

export const LIMITS = {
  shortText: 100,
  line: 300,
  multiline: 5000,
} as const;

const raw = (max: number) => z.string({ error: 'invalid' }).max(max * 2, 'tooLong');

/** Required one-line text, stored normalised; a missing value reads as "required". */
export const requiredLine = (max: number = LIMITS.line) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .max(max * 2, 'tooLong')
    .transform(normalizeLine)
    .pipe(z.string().min(1, 'required').max(max, 'tooLong'))
    .describe(`Required; at most ${max} characters once normalised.`);

/** One-line text that may be empty but must be given. */
export const line = (max: number = LIMITS.line) =>
  raw(max)
    .transform(normalizeLine)
    .pipe(z.string().max(max, 'tooLong'))
    .describe(`At most ${max} characters once normalised.`);

/** Optional one-line text: missing becomes "". */
export const optionalLine = (max: number = LIMITS.line) =>
  raw(max)
    .default('')
    .transform(normalizeLine)
    .pipe(z.string().max(max, 'tooLong'))
    .describe(`At most ${max} characters once normalised.`);

/** Optional multi-line text (notes): missing becomes "". */
export const optionalMultiline = (max: number = LIMITS.multiline) =>
  raw(max)
    .default('')
    .transform(normalizeMultiline)
    .pipe(z.string().max(max, 'tooLong'))
    .describe(`Several lines; at most ${max} characters once normalised.`);

/**
 * What a person typed into a search box: missing becomes "", control characters (a NUL pasted
 * from another program) are dropped and white space collapsed, so the search engine never sees
 * a character it cannot take. Capped before normalising, like every text.
 */
export const searchText = (max: number = LIMITS.line) =>
  z
    .string({ error: 'invalid' })
    .max(max, 'tooLong')
    .default('')
    .transform(normalizeLine)
    .describe(`At most ${max} characters; control characters are ignored.`);

export const localDateTime = () =>
  z.string({ error: 'required' }).trim().min(1, 'required').refine(isLocalDateTime, 'invalidDate');

export const entityId = () => z.number({ error: 'invalid' }).int('invalid').positive('invalid');

/**
 * The revision of a record as the window last read it. An update or delete sends it back and is
 * refused with CONFLICT when the record has changed since (another window, or a restore).
 */
export const revision = () =>
  z
    .number({ error: 'invalid' })
    .int('invalid')
    .positive('invalid')
    .describe('The record’s `revision` as last read; a newer one on the record answers CONFLICT.');

/** One record of a selection, with the revision the window saw. */
export const revisedId = () => z.object({ id: entityId(), revision: revision() });
