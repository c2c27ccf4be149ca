// The one error type of the portal. Codes form a closed set; lib/errors/problem.ts maps them to HTTP.

export const APP_ERROR_CODES = {
  BAD_REQUEST: 400,
  INVALID_INPUT: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  IDEMPOTENCY_CONFLICT: 409,
  IDEMPOTENCY_MISMATCH: 422,
  UNPROCESSABLE: 422,
  VERIFICATION_FAILED: 422,
  VALIDATION_FAILED: 422,
  UNKNOWN_CONTEXT: 422,
  JSONLD_SAFE_MODE: 422,
  DID_UNRESOLVABLE: 422,
  UNSUPPORTED_FORMAT: 422,
  /** A document over a structural cap (nesting depth, blank nodes): refused before any expensive work. */
  DOCUMENT_TOO_COMPLEX: 422,
  /** A check that did not finish within its deadline: its worker was stopped. */
  CHECK_TOO_COSTLY: 422,
  RATE_LIMITED: 429,
  UPSTREAM_FAILED: 502,
  /** The check budget of this kind of caller is full: retry after details.retryAfter seconds. */
  OVERLOADED: 503,
  TIMEOUT: 504,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export interface InvalidParam {
  /** JSON pointer-ish path to the offending input, e.g. "body.credentialSubject.gx:legalName". */
  name: string;
  reason: string;
}

export interface AppErrorOptions {
  message?: string;
  cause?: unknown;
  invalidParams?: InvalidParam[];
  /** Extra machine-readable members of the problem document (never secrets). */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly invalidParams: InvalidParam[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.invalidParams = options.invalidParams;
    this.details = options.details;
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
