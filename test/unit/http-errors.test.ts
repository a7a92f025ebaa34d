/**
 * The one error path (src/server/errors.ts): routes and GraphQL give a typed error the same
 * code, message and details; each code gets its HTTP status; anything untyped (a driver error
 * with Cypher in it, a bug) is masked as a logged 500; body-parser failures keep their status.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/auth/errors.js';
import { AppError, ErrorCode, badInput } from '../../src/domain/errors.js';
import { createFormatError, httpError } from '../../src/server/errors.js';

function logged() {
  const lines: string[] = [];
  return { lines, log: (message: string) => void lines.push(message) };
}

describe('httpError', () => {
  it.each([
    [badInput('depth', 'depth must be 0 to 3'), 400, 'BAD_USER_INPUT'],
    [new AuthError('the bearer token has expired'), 401, 'UNAUTHENTICATED'],
    [new AppError(ErrorCode.FORBIDDEN, 'curators only'), 403, 'FORBIDDEN'],
    [new AppError(ErrorCode.NOT_FOUND, 'unknown export format'), 404, 'NOT_FOUND'],
    [
      new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Neo4j is unreachable'),
      503,
      'SERVICE_UNAVAILABLE',
    ],
    [new AppError(ErrorCode.QUERY_TIMEOUT, 'the query took too long'), 504, 'QUERY_TIMEOUT'],
  ])('%s → %i %s, message kept', (error, status, code) => {
    const { log } = logged();
    const got = httpError(error, log);
    expect(got.status).toBe(status);
    expect(got.error).toEqual({ message: error.message, extensions: { code, ...error.details } });
  });

  it('keeps the argument a BAD_USER_INPUT names', () => {
    const got = httpError(badInput('seed', 'no such paper'), () => {});
    expect(got.error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'seed' });
  });

  it('masks an untyped error as a 500 and logs it, never echoing its text', () => {
    const { lines, log } = logged();
    const got = httpError(new Error('Neo.ClientError: MATCH (p:Paper) RETURN p'), log);
    expect(got).toEqual({
      status: 500,
      error: { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    });
    expect(lines).toEqual(['unexpected error']);
  });

  it('masks a typed internal error too, and logs unavailable ones', () => {
    const { lines, log } = logged();
    const internal = httpError(new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'secret detail'), log);
    expect(internal.status).toBe(500);
    expect(internal.error.message).toBe('Internal server error');
    httpError(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'down'), log);
    expect(lines).toEqual(['INTERNAL_SERVER_ERROR: secret detail', 'SERVICE_UNAVAILABLE: down']);
  });

  it("keeps body-parser's status: 413 too large, other 4xx a bad body", () => {
    const tooLarge = httpError(
      Object.assign(new Error('request entity too large'), { status: 413 }),
      () => {},
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.error.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = httpError(
      Object.assign(new Error('Unexpected token } in JSON'), { status: 400 }),
      () => {},
    );
    expect(malformed).toEqual({
      status: 400,
      error: {
        message: 'The request body is not valid JSON.',
        extensions: { code: 'BAD_REQUEST' },
      },
    });
  });
});

describe('formatError and httpError agree', () => {
  it.each([
    badInput('limit', 'limit must be 1 to 2000'),
    new AuthError('send a Bearer token'),
    new AppError(ErrorCode.NOT_FOUND, 'no such collection'),
    new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'boom'),
  ])('%s', (error) => {
    const formatError = createFormatError(() => {});
    const graphql = formatError(
      { message: error.message },
      // As a resolver's error reaches formatError: wrapped, with a path.
      new GraphQLError(error.message, { originalError: error, path: ['field'] }),
    );
    const { message, extensions } = graphql;
    expect({ message, extensions }).toEqual(httpError(error, () => {}).error);
  });
});
