/**
 * Error shaping for every GraphQL response: typed AppErrors keep their code
 * and message; graphql-js and Apollo request errors keep theirs; everything
 * else is masked as INTERNAL_SERVER_ERROR and logged on the server only.
 * No stack trace, Cypher text or Neo4j message ever reaches a client.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../domain/errors.js';

/** Codes graphql-js/Apollo attach to errors about the request itself; their messages are safe. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export function createFormatError(log: (message: string, error: unknown) => void) {
  return function formatError(
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      if (
        original.code === ErrorCode.INTERNAL_SERVER_ERROR ||
        original.code === ErrorCode.SERVICE_UNAVAILABLE
      ) {
        log(
          `${original.code}: ${original.message}`,
          (original as { cause?: unknown }).cause ?? original,
        );
      }
      const message =
        original.code === ErrorCode.INTERNAL_SERVER_ERROR
          ? 'Internal server error'
          : original.message;
      return { ...base, message, extensions: { code: original.code, ...original.details } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    log('unexpected error', original);
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
