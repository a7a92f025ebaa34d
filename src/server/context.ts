/**
 * The per-request context: fresh DataLoaders and repositories for every
 * request (no cache outlives a request or mixes users), and the round-trip counter.
 */
import type { Executor, QueryStats } from '../db/executor.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import { createRepositories, type Repositories } from '../repositories/index.js';
import type { Config } from '../config.js';

export interface RequestContext {
  stats: QueryStats;
  loaders: Loaders;
  repos: Repositories;
  config: Config;
}

/** Builds a new context; call once per request. */
export function createContext(db: Executor, config: Config): RequestContext {
  const stats: QueryStats = { roundTrips: 0, queries: [] };
  const repos = createRepositories(db, stats);
  return { stats, repos, loaders: createLoaders(repos), config };
}
