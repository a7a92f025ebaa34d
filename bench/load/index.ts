/**
 * `npm run bench:load [-- --seconds 300 --connections 32]`: the bounded load
 * run of issue 7 on loopback. A fresh embedded Neo4j, the service in its own
 * process (seeded), autocannon for the given time, then the figures appended
 * to bench/RESULTS.md.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appendResults, machineFacts } from '../lib/machine.js';
import { freePort, startFreshNeo4j } from '../lib/neo4j.js';
import { rssGrowthPercent, runLoad } from '../../src/perf/load.js';
import { startService } from '../../src/perf/service.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { seconds: { type: 'string' }, connections: { type: 'string' } },
});
const seconds = Number(values.seconds ?? 300);
const connections = Number(values.connections ?? 32);

const machine = machineFacts();
const neo4j = await startFreshNeo4j('2g', '512m');
const service = await startService(ROOT, neo4j.uri, await freePort());
try {
  const r = await runLoad(service.url, service.child.pid!, seconds, connections);
  const growth = rssGrowthPercent(r.rssMiB);
  const errors = r.non2xx + r.graphqlErrors + r.socketErrors + r.timeouts;
  console.log(JSON.stringify({ ...r, rssGrowthPercent: growth }, null, 2));
  appendResults(
    join(ROOT, 'bench', 'RESULTS.md'),
    `## Load (bounded, loopback) — ${new Date().toISOString().slice(0, 10)}

Machine: ${machine}. \`npm run bench:load -- --seconds ${seconds} --connections ${connections}\`: the seeded
service in its own process, six read operations in rotation (src/perf/load.ts).

| seconds | connections | requests | req/s | p50 ms | p99 ms | errors (non-2xx / GraphQL / socket / timeout) | service RSS start → max → end (MiB) | RSS growth, 2nd vs last quarter |
| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |
| ${seconds} | ${connections} | ${r.requests} | ${r.rps} | ${r.p50Ms} | ${r.p99Ms} | ${errors} (${r.non2xx} / ${r.graphqlErrors} / ${r.socketErrors} / ${r.timeouts}) | ${r.rssMiB[0]} → ${Math.max(...r.rssMiB)} → ${r.rssMiB.at(-1)} | ${growth.toFixed(1)} % |
`,
  );
} finally {
  await service.stop();
  await neo4j.stop();
}
