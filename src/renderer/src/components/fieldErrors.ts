import type { z } from 'zod';
import { isValidationKey } from '../../../shared/messages';

export interface PathIssue {
  path: string;
  key: string;
}

export const zodIssues = (error: z.ZodError): PathIssue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), key: i.message }));

/**
 * Field errors for a Mantine form from zod issues (checked in the page) or from the core's
 * VALIDATION details. `fieldOf` maps an API path to the form field the person typed into.
 */
export function fieldErrors<F extends string>(
  issues: PathIssue[],
  t: (key: string) => string,
  fieldOf: (path: string) => F = (path) => path as F,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= t(`validation.${isValidationKey(issue.key) ? issue.key : 'invalid'}`);
  }
  return errors;
}
