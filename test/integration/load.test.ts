/**
 * A bounded load run in the suite: 15 s of autocannon at concurrency 32 (after a
 * 5 s warm-up) on loopback against the service in its own process. Zero errors of
 * any kind, and RSS flat over the run. (The 5-minute run is `npm run bench:load`.)
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rssGrowthPercent, runLoad } from '../../src/perf/load.js';
import { startService, type ServiceProcess } from '../../src/perf/service.js';
import { neo4jUri } from '../helpers/db.js';
import { freePort } from '../helpers/ports.js';
import { useDatabase } from '../helpers/suite.js';

// An empty database: the service seeds it on start (SEED_ON_START).
useDatabase();
let service: ServiceProcess;

beforeAll(async () => {
  service = await startService(join(import.meta.dirname, '..', '..'), neo4jUri(), await freePort());
}, 180_000);
afterAll(async () => {
  await service?.stop();
});

describe('load', () => {
  it('serves 15 s at concurrency 32 with zero errors and flat RSS', async () => {
    // A short unmeasured burst first: heap and JIT growth while the service warms up is
    // not a leak, and a 15 s run would otherwise measure mostly that.
    await runLoad(service.url, service.child.pid!, 5, 32);
    const result = await runLoad(service.url, service.child.pid!, 15, 32);
    console.log(
      `load test: ${JSON.stringify({ ...result, rssMiB: [result.rssMiB[0], Math.max(...result.rssMiB), result.rssMiB.at(-1)] })}`,
    );
    expect(result.requests).toBeGreaterThan(100);
    expect(result.non2xx).toBe(0);
    expect(result.graphqlErrors).toBe(0);
    expect(result.socketErrors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(rssGrowthPercent(result.rssMiB)).toBeLessThan(25);
  }, 180_000);
});
