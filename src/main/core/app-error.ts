import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors';
import { errorMessages } from '../../shared/messages';

/** An expected failure with a code the UI understands; anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorBody['details'];

  constructor(code: ErrorCode, message?: string, details?: ApiErrorBody['details']) {
    super(message ?? errorMessages.vi[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const notFound = (what: string): AppError =>
  new AppError('NOT_FOUND', `${errorMessages.vi.NOT_FOUND} (${what})`);
