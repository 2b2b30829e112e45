import type { ErrorCode } from '../../shared/api/errors';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  FILE_REJECTED: 422,
  DB_CORRUPT: 503,
  DB_TOO_NEW: 503,
  MIGRATION_FAILED: 503,
  INTERNAL: 500,
};
