import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type MethodOutput,
  type MethodParams,
} from '../../shared/api/contract';
import type { ApiResult, FieldIssue } from '../../shared/api/errors';
import { errorMessages, isValidationKey, validationMessages } from '../../shared/messages';
import { AppError } from './app-error';
import { diskFull, isDiskFull } from './disk-full';

export type Handlers = {
  [M in MethodName]: (params: MethodParams<M>) => Promise<MethodOutput<M>>;
};

/** The handlers of one `contract-<domain>.ts` map: exactly its methods, no more, no fewer. */
export type HandlersOf<Methods> = Pick<Handlers, keyof Methods & MethodName>;

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** Turns zod issues into field keys the UI can show next to each field. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    key: isValidationKey(issue.message) ? issue.message : 'invalid',
  }));
}

function validationError(error: z.ZodError): AppError {
  const fields = fieldIssues(error);
  const summary = fields
    .map(
      (f) => `${f.path || 'dữ liệu'}: ${validationMessages.vi[f.key as keyof typeof validationMessages.vi]}`,
    )
    .join('; ');
  return new AppError('VALIDATION', `${errorMessages.vi.VALIDATION} ${summary}`, { fields });
}

/**
 * The one entry point both transports use: unknown methods and invalid input are refused
 * before any handler runs, so nothing is written; every failure leaves as a typed body.
 */
export function createDispatcher(
  handlers: Handlers,
  onUnexpected: (method: string, error: unknown) => void = () => undefined,
): Dispatch {
  return async (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new AppError('UNKNOWN_METHOD', `${errorMessages.vi.UNKNOWN_METHOD} (${method.slice(0, 80)})`);
      }
      const parsed = contract[method].input.safeParse(input ?? undefined);
      if (!parsed.success) throw validationError(parsed.error);
      const handler = handlers[method] as (params: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      // Expected, and nothing the user can fix by reporting it: no log, a message that says what to do.
      if (isDiskFull(error)) return { ok: false, error: diskFull().toBody() };
      onUnexpected(method, error);
      return { ok: false, error: { code: 'INTERNAL', message: errorMessages.vi.INTERNAL } };
    }
  };
}
