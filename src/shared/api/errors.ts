/** Every failure that crosses the seam has one of these codes; the UI translates by code. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'FILE_REJECTED',
  'EMPTY_SELECTION',
  'WRITE_FAILED',
  /** The disk is full: nothing of the failed write was kept, what was written before is safe. */
  'DISK_FULL',
  'DB_CORRUPT',
  /** The data folder (or the disk it is on) cannot be written, so the database cannot be opened. */
  'DATA_DIR_READONLY',
  'DB_TOO_NEW',
  /** The PostgreSQL server cannot be reached or refuses the login: nothing was read or written. */
  'DB_UNREACHABLE',
  'MIGRATION_FAILED',
  /** The request does not fit what is going on (e.g. starting run mode on an empty agenda). */
  'INVALID_STATE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field: its dotted path and a validation message key from `messages.ts`. */
export interface FieldIssue {
  path: string;
  key: string;
}

/** The typed error every transport returns: `message` is Vietnamese and ready to show. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldIssue[]; [key: string]: unknown };
}

/** What a call returns over any transport. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown on the client side when a call fails, carrying the typed body. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorBody['details'];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.details = body.details;
  }
}
