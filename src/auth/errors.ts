/** Authentication and authorization failures, as typed AppErrors with their codes. */
import { AppError, ErrorCode } from '../domain/errors.js';

/** The request's credentials are missing where required, invalid or expired (UNAUTHENTICATED). */
export class AuthError extends AppError {
  override name = 'AuthError';
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** The viewer is known but may not do this (FORBIDDEN). */
export function forbidden(message: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

/** A signed-in user is required (UNAUTHENTICATED). */
export function signInRequired(what: string): AuthError {
  return new AuthError(`${what} needs a signed-in user: send a Bearer token or an x-api-key`);
}
