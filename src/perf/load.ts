/**
 * A bounded load run (loopback only): autocannon at fixed concurrency against
 * a service running in its own process, checking every response body for
 * GraphQL errors and sampling the service's RSS from /proc every second.
 * Used by test/integration/load.test.ts (short) and bench/load/index.ts (long), so it
 * lives here rather than in bench/ (tests never import bench/); nothing shipped imports
 * src/perf, which is why autocannon can stay a development dependency.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export const LOAD_QUERIES = [
  `{ paper(doi: "10.1186/s12888-021-03321-z") { title year authors { name } tally { citingPapers statements } externalTallies { source statements } } }`,
  `{ paper(id: "lyons-2021") { citations(first: 5, where: { polarity: [MENTIONING] }) { totalCount edges { node { title } statements { text section } } } } }`,
  `{ papers(first: 10, where: { interventions: ["peer-support"] }, orderBy: { field: YEAR, direction: DESC }) { totalCount edges { node { id title year } } } }`,
  `{ search(text: "peer support recovery", first: 5) { totalCount edges { score node { __typename ... on Paper { title } } } } }`,
  `{ statements(where: { cited: "lyons-2021" }, first: 5) { totalCount edges { node { text polarity about { name } } } } }`,
  `{ interventionTypes { id name children { id } } outcomes(domain: PSYCHOSOCIAL) { id name } }`,
];

export interface LoadResult {
  /** The first response bodies that carried GraphQL errors (for diagnosis). */
  errorSamples: string[];
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  graphqlErrors: number;
  socketErrors: number;
  timeouts: number;
  /** Service RSS in MiB, sampled each second. */
  rssMiB: number[];
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Runs autocannon for `seconds` at `connections` against `url` (a /graphql endpoint). */
export async function runLoad(
  url: string,
  pid: number,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  let graphqlErrors = 0;
  const errorSamples: string[] = [];
  const samples: number[] = [rssMiB(pid)];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 1000);
  try {
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: LOAD_QUERIES.map((query) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) {
            graphqlErrors += 1;
            if (errorSamples.length < 3) errorSamples.push(body.slice(0, 500));
          }
        },
      })),
    });
    return {
      seconds,
      connections,
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      graphqlErrors,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      rssMiB: samples,
      errorSamples,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** RSS growth between the medians of the second and the last quarter of the run, in percent. */
export function rssGrowthPercent(samples: number[]): number {
  const q = Math.max(1, Math.floor(samples.length / 4));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const early = median(samples.slice(q, 2 * q));
  const late = median(samples.slice(-q));
  return early > 0 ? ((late - early) / early) * 100 : 0;
}
