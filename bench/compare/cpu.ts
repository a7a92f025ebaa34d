/**
 * CPU cost per request of each arm, and of Neo4j while serving it:
 *   node --import tsx bench/compare/cpu.ts [--size 100k] [--ops 1,3] [--seconds 5] [--prof DIR]
 * Reads utime+stime of each server process and of the Neo4j JVM (/proc/<pid>/stat) around a
 * fixed-concurrency load, so the figures say where the machine's cores go per request.
 * `--prof DIR` starts arm A with --cpu-prof and writes its profile to DIR.
 */
import { parseArgs } from 'node:util';
import { cpuMs } from '../lib/proc-cpu.js';
import { createDriver } from '../../src/db/driver.js';
import { startArm, stopArm, type ArmServer } from './arms.js';
import { load, type ArmName } from './load.js';
import { OPERATIONS } from '../../src/perf/ops.js';
import { readPools } from '../../src/perf/pools.js';
import { startCpuBenchNeo4j } from './store.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    ops: { type: 'string', default: '1,2,3,5,8' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '8' },
    arms: { type: 'string', default: 'ours,neo4j-graphql,cypher' },
    prof: { type: 'string' },
  },
});

const neo = await startCpuBenchNeo4j(values.size!);
const driver = createDriver({ uri: neo.uri });
const arms = values.arms!.split(',') as ArmName[];
const servers = new Map<ArmName, ArmServer>();
try {
  const pools = await readPools(driver);
  const prof = values.prof ? ['--cpu-prof', `--cpu-prof-dir=${values.prof}`] : [];
  for (const arm of arms)
    servers.set(arm, await startArm(arm, neo.uri, arm === 'ours' ? prof : []));
  const seconds = Number(values.seconds);
  const c = Number(values.concurrency);
  for (const op of values.ops!.split(',').map((n) => Number(n) - 1)) {
    for (const arm of arms) {
      const s = servers.get(arm)!;
      await load(arm, s.url, op, pools, c, 2);
      const a0 = cpuMs(s.child.pid!);
      const n0 = cpuMs(neo.pid);
      const f = await load(arm, s.url, op, pools, c, seconds);
      const n = f.rps * seconds;
      const server = (cpuMs(s.child.pid!) - a0) / n;
      const db = (cpuMs(neo.pid) - n0) / n;
      console.log(
        `${OPERATIONS[op]!.name.padEnd(55)} ${arm.padEnd(14)} rps ${String(f.rps).padStart(6)} p50 ${String(f.p50Ms).padStart(4)}  server ${server.toFixed(2)} ms/req  neo4j ${db.toFixed(2)} ms/req`,
      );
    }
  }
} finally {
  for (const s of servers.values()) await stopArm(s.child);
  await driver.close();
  await neo.stop();
}
