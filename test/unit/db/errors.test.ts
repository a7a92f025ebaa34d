/**
 * Driver errors become typed AppErrors: unavailability (refused connections, Neo4j's
 * transient class), timeouts and constraint clashes keep a code a client can act on;
 * anything else is masked, with the raw error kept on `cause` for the server log only.
 */
import { describe, expect, it } from 'vitest';
import { mapDatabaseError } from '../../../src/db/errors.js';

const neo4jError = (code: string, message = 'raw message with MATCH (n) RETURN n') =>
  Object.assign(new Error(message), { code });

describe('mapDatabaseError', () => {
  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Database.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.LockClientStopped', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL_SERVER_ERROR'],
    ['Neo.DatabaseError.General.UnknownError', 'INTERNAL_SERVER_ERROR'],
  ])('%s → %s', (code, expected) => {
    const raw = neo4jError(code);
    const mapped = mapDatabaseError(raw);
    expect(mapped.code).toBe(expected);
    expect(mapped.message).not.toContain('MATCH');
    expect((mapped as { cause?: unknown }).cause).toBe(raw);
  });

  it('treats a refused connection without a code as unavailability', () => {
    expect(mapDatabaseError(new Error('connect ECONNREFUSED 127.0.0.1:7687')).code).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });
});
