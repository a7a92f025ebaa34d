/**
 * Per operation and arm: Cypher round trips per request and the sum of PROFILE db hits of
 * the queries one request runs, averaged over a few pool entries; also checks that every
 * arm answers without errors. A and B run in-process here (not under load) so their
 * queries can be captured: A through the executor's log hook, B through a driver wrapper.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config.js';
import { createApp } from '../../src/server/app.js';
import { createContext } from '../../src/server/context.js';
import { neo4jGraphqlSchema } from '../neo4j-graphql/server.js';
import { runCypher } from './cypher-server.js';
import { OPERATIONS, type Pools } from '../../src/perf/ops.js';
import {
  capturingDriver,
  capturingExecutor,
  profileQuery,
  SCANS,
  type CapturedQuery,
} from '../../src/perf/profile.js';

export interface ProbeFigures {
  roundTrips: number;
  dbHits: number;
  /** Leaf operators that are label or all-node scans, with the query that has them. */
  scans: string[];
}

export type ArmKey = 'ours' | 'neo4jGraphql' | 'cypher';

async function figures(driver: Driver, runs: CapturedQuery[][]): Promise<ProbeFigures> {
  let trips = 0;
  let hits = 0;
  const scans = new Set<string>();
  for (const queries of runs) {
    trips += queries.length;
    for (const q of queries) {
      const p = await profileQuery(driver, q.text, q.params);
      hits += p.dbHits;
      for (const leaf of p.leaves) if (SCANS.test(leaf)) scans.add(`${q.name}: ${leaf}`);
    }
  }
  return {
    roundTrips: Math.round((trips / runs.length) * 10) / 10,
    dbHits: Math.round(hits / runs.length),
    scans: [...scans],
  };
}

/** Probes every operation on every arm with `samples` pool entries each. */
export async function probeAll(
  driver: Driver,
  config: Config,
  pools: Pools,
  samples: number,
  only: readonly number[] = OPERATIONS.map((_, k) => k),
): Promise<Record<ArmKey, ProbeFigures>[]> {
  const sinkA: CapturedQuery[] = [];
  const app = createApp({ db: capturingExecutor(driver, sinkA), config });
  await app.apollo.start();
  const sinkB: CapturedQuery[] = [];
  const schemaB: GraphQLSchema = await neo4jGraphqlSchema(driver);
  const driverB = capturingDriver(driver, sinkB);
  const out: Record<ArmKey, ProbeFigures>[] = [];
  try {
    for (const [index, op] of OPERATIONS.entries()) {
      if (!only.includes(index)) {
        out.push(null as never); // not measured in this run; callers read only `only`
        continue;
      }
      const runsA: CapturedQuery[][] = [];
      const runsB: CapturedQuery[][] = [];
      const runsC: CapturedQuery[][] = [];
      for (let k = 0; k < samples; k++) {
        sinkA.length = 0;
        const response = await app.apollo.executeOperation(
          { query: op.ours, variables: op.vars(pools, k) },
          { contextValue: createContext(capturingExecutor(driver, sinkA), config) },
        );
        const body = response.body.kind === 'single' ? response.body.singleResult : null;
        if (!body?.data || body.errors)
          throw new Error(`ours, ${op.name}: ${JSON.stringify(body?.errors)}`);
        runsA.push([...sinkA]);
        sinkB.length = 0;
        const b = await graphql({
          schema: schemaB,
          source: op.neo4jGraphql,
          variableValues: op.vars(pools, k),
          contextValue: { executionContext: driverB },
        });
        if (b.errors) throw new Error(`neo4j-graphql, ${op.name}: ${JSON.stringify(b.errors)}`);
        runsB.push([...sinkB]);
        const params = op.cypherParams(pools, k);
        await runCypher(driver, OPERATIONS.indexOf(op), params);
        runsC.push([{ name: 'cypher', text: op.cypher, params }]);
      }
      out.push({
        ours: await figures(driver, runsA),
        neo4jGraphql: await figures(driver, runsB),
        cypher: await figures(driver, runsC),
      });
    }
  } finally {
    await app.apollo.stop();
  }
  return out;
}
