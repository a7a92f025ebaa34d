/**
 * The one error path of the service. GraphQL responses (formatError) and every other HTTP
 * route (sendError) shape errors the same way: typed AppErrors keep their code, message
 * and details; graphql-js and Apollo request errors keep theirs; everything else is masked
 * as INTERNAL_SERVER_ERROR and logged on the server only. No stack trace, Cypher text or
 * Neo4j message ever reaches a client. Routes answer `{errors: [{message, extensions}]}`,
 * the GraphQL error shape, with the HTTP status of the code (HTTP_STATUS).
 */
import type { Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../domain/errors.js';

type Log = (message: string, error: unknown) => void;

/** An error as a client sees it, in GraphQL's shape. */
export interface ClientError {
  message: string;
  extensions: { code: string; [detail: string]: unknown };
}

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

/** The HTTP status of each code a non-GraphQL route can answer; any other code is a 500. */
export const HTTP_STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  BAD_REQUEST: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  PAYLOAD_TOO_LARGE: 413,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

const MASKED: ClientError = {
  message: 'Internal server error',
  extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
};

/** A typed error as the client sees it; internal and unavailable ones are logged. */
function fromAppError(error: AppError, log: Log): ClientError {
  if (
    error.code === ErrorCode.INTERNAL_SERVER_ERROR ||
    error.code === ErrorCode.SERVICE_UNAVAILABLE
  ) {
    log(`${error.code}: ${error.message}`, (error as { cause?: unknown }).cause ?? error);
  }
  if (error.code === ErrorCode.INTERNAL_SERVER_ERROR) return MASKED;
  return { message: error.message, extensions: { code: error.code, ...error.details } };
}

export function createFormatError(log: Log) {
  return function formatError(
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) return { ...base, ...fromAppError(original, log) };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    log('unexpected error', original);
    return { ...base, ...MASKED };
  };
}

/**
 * The status and client error for anything a route throws. Besides AppErrors, the
 * 4xx errors of express's body parser (body too large, malformed JSON) keep their status.
 */
export function httpError(error: unknown, log: Log): { status: number; error: ClientError } {
  if (error instanceof AppError) {
    const client = fromAppError(error, log);
    return { status: HTTP_STATUS[client.extensions.code] ?? 500, error: client };
  }
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const tooLarge = status === 413;
    const message = tooLarge
      ? 'The request body is larger than the limit (BODY_LIMIT).'
      : 'The request body is not valid JSON.';
    return {
      status,
      error: { message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } },
    };
  }
  log('unexpected error', error);
  return { status: 500, error: MASKED };
}

/** Answers `error` in the GraphQL error shape with its HTTP status. */
export function sendError(res: Response, error: unknown, log: Log): void {
  const { status, error: client } = httpError(error, log);
  res.status(status).json({ errors: [client] });
}
