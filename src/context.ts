/**
 * The request context every GraphQL resolver, auth rule, service and HTTP route reads:
 * one request's DataLoaders, repositories, config and viewer. Only the type lives here,
 * below server, resolvers, services and auth, so each can name it without importing the
 * layer above; src/server/context.ts builds one per request (createContext).
 */
import type { Config } from './config.js';
import type { Executor, QueryStats } from './db/executor.js';
import type { Viewer } from './domain/viewer.js';
import type { Loaders } from './loaders/index.js';
import type { Repositories } from './repositories/index.js';

export interface RequestContext {
  stats: QueryStats;
  loaders: Loaders;
  repos: Repositories;
  config: Config;
  /** Only for services that run a whole use case (src/services); resolvers never touch it. */
  db: Executor;
  /** The signed-in user, or null for an anonymous request (src/auth). */
  viewer: Viewer | null;
}
