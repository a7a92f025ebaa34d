/**
 * Maps Neo4j driver errors to typed AppErrors. Raw Neo4j messages can contain
 * Cypher and internal details, so they never reach a client: they are kept on
 * `cause` for the server log only.
 */
import { AppError, ErrorCode } from '../domain/errors.js';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Returns an AppError for `error`; unknown failures become INTERNAL_SERVER_ERROR. */
export function mapDatabaseError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  let mapped: AppError;
  if (
    UNAVAILABLE.has(code) ||
    /ECONNREFUSED|ECONNRESET|Connection was closed|Pool is closed/i.test(String(error))
  ) {
    mapped = new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The graph database is unavailable; try again shortly.',
    );
  } else if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code.includes('TransactionTimedOut')
  ) {
    mapped = new AppError(
      ErrorCode.QUERY_TIMEOUT,
      'The query took too long and was stopped; narrow it or lower first/limit.',
    );
  } else if (code.startsWith('Neo.TransientError.')) {
    // Transient by Neo4j's own classification (a database still starting, a leader switch,
    // a lock timeout): the caller may retry, so it is unavailability, not an internal fault.
    mapped = new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The graph database is unavailable; try again shortly.',
    );
  } else if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    mapped = new AppError(
      ErrorCode.CONFLICT,
      'The write conflicts with an existing record (a unique identifier is taken).',
    );
  } else {
    mapped = new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
  (mapped as { cause?: unknown }).cause = error;
  return mapped;
}
