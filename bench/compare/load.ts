/**
 * Fixed-concurrency load with autocannon against one arm's HTTP server: `connections`
 * requests in flight for `seconds`, each request taking the next pool entry, so caches see
 * ~100 different papers. Only 2xx answers without GraphQL errors count as successes.
 */
import { createRequire } from 'node:module';
import { OPERATIONS, type Pools } from '../../src/perf/ops.js';

// autocannon ships no types; this is the part of its API used here.
interface CannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export type ArmName = 'ours' | 'neo4j-graphql' | 'cypher';

/** One measurement. */
export interface LoadFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
  /** CPU per completed request of the arm's server process and of Neo4j, in ms (npm run bench). */
  serverCpuMs?: number;
  neo4jCpuMs?: number;
}

/** The HTTP body of request number `k` of operation `op` for `arm`. */
export function requestBody(arm: ArmName, op: number, pools: Pools, k: number): string {
  const o = OPERATIONS[op]!;
  if (arm === 'cypher') return JSON.stringify({ op, params: o.cypherParams(pools, k) });
  return JSON.stringify({
    query: arm === 'ours' ? o.ours : o.neo4jGraphql,
    variables: o.vars(pools, k),
  });
}

/** Loads `url` with operation `op` of `arm`. */
export async function load(
  arm: ArmName,
  url: string,
  op: number,
  pools: Pools,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  let k = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: CannonRequest) => ({
          ...req,
          headers: { 'content-type': 'application/json' },
          body: requestBody(arm, op, pools, k++),
        }),
      },
    ],
  });
  return {
    rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
