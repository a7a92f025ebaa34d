/**
 * The error codes clients see in `extensions.code`. Anything not raised as an
 * AppError is unexpected, and the server masks it as INTERNAL_SERVER_ERROR.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A request error whose message is safe to show to the client. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Shorthand for BAD_USER_INPUT naming the argument at fault. */
export function badInput(argument: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { argument });
}
