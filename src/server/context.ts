/**
 * Builds the per-request context (its type is in src/context.ts): fresh DataLoaders and
 * repositories for every request (no cache outlives a request or mixes users), and the
 * round-trip counter. /graphql and every HTTP data route build theirs here, so all of
 * them authenticate the same way.
 */
import type { Executor, QueryStats } from '../db/executor.js';
import { createLoaders } from '../loaders/index.js';
import { createRepositories } from '../repositories/index.js';
import type { Config } from '../config.js';
import type { RequestContext } from '../context.js';
import { GraphQLError } from 'graphql';
import { authenticate, type RequestHeaders } from '../auth/authenticate.js';
import { AuthError } from '../auth/errors.js';
import type { Viewer } from '../domain/viewer.js';

/** Builds a new anonymous context; call once per request. */
export function createContext(db: Executor, config: Config): RequestContext;
/**
 * Builds a request's context, authenticating its headers first. Bad or (with
 * ANONYMOUS_READ=false) missing credentials reject the whole request with
 * UNAUTHENTICATED (HTTP 401) before any resolver runs.
 */
export function createContext(
  db: Executor,
  config: Config,
  headers: RequestHeaders,
): Promise<RequestContext>;
export function createContext(
  db: Executor,
  config: Config,
  headers?: RequestHeaders,
): RequestContext | Promise<RequestContext> {
  if (headers === undefined) return build(db, config, null);
  return authenticatedContext(db, config, headers).catch((error: unknown) => {
    if (!(error instanceof AuthError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: error.code, http: { status: 401 } },
    });
  });
}

/**
 * The same authenticated context for the HTTP data routes (src/server/guard.ts), which
 * answer an AuthError through sendError rather than through Apollo.
 */
export async function authenticatedContext(
  db: Executor,
  config: Config,
  headers: RequestHeaders,
): Promise<RequestContext> {
  return build(db, config, await authenticate(headers, config.auth));
}

function build(db: Executor, config: Config, viewer: Viewer | null): RequestContext {
  const stats: QueryStats = { roundTrips: 0, queries: [] };
  const repos = createRepositories(db, stats);
  return { stats, repos, loaders: createLoaders(repos), config, db, viewer };
}
