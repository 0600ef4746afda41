/** The error codes Rampart speaks; each maps to one HTTP status (see `statusOfErrorCode`). */
export type TErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNPROCESSABLE'
  | 'GIT'
  | 'SECURE_UPSTREAM'
  | 'CONFIG'
  | 'INTERNAL';

/** One field that failed validation, as RFC 9457 `invalid_params`. */
export interface TInvalidParam {
  name: string;
  reason: string;
}

interface TAppErrorOptions {
  /** Detail for logs; may name internals. Never shown to a person as is. */
  message: string;
  /** What a person reads: what is wrong, where, and what to do. Defaults to `message`. */
  userMessage?: string;
  cause?: unknown;
  invalidParams?: TInvalidParam[];
  /** Extra, safe, structured data for the response body (e.g. the current ETag on a conflict). */
  details?: Record<string, unknown>;
}

/**
 * The one error type of Rampart (STYLE.md "Errors"). Thrown by lib/ and turned into
 * problem+json by the route wrapper, or into one line by the CLI.
 */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly userMessage: string;
  readonly invalidParams: TInvalidParam[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: TErrorCode, options: TAppErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? options.message;
    this.invalidParams = options.invalidParams;
    this.details = options.details;
  }
}

const STATUS_BY_CODE: Record<TErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  GIT: 422,
  SECURE_UPSTREAM: 502,
  CONFIG: 500,
  INTERNAL: 500,
};

/** The HTTP status of an error code. */
export function statusOfErrorCode(code: TErrorCode): number {
  return STATUS_BY_CODE[code];
}

/** True when `value` is an AppError (also across module copies, by shape). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
