/**
 * CPU per request of two builds of our server side by side, for before/after figures on a
 * shared machine:
 *   node --import tsx bench/compare/cpu-ab.ts --base DIR [--size 10k] [--ops 1,2,3,5,8]
 *        [--rounds 4] [--seconds 3] [--concurrency 8] [--others cypher,neo4j-graphql]
 * DIR is another checkout of this repository (e.g. `git archive <commit> | tar -x -C DIR`,
 * with node_modules linked), built (`node scripts/build.mjs` there). Both servers (and the
 * other arms named) run against one Neo4j on the bench store, and rounds alternate between
 * them (A B …, then … B A), so load from other work falls on every arm alike; cpu.ts measures
 * arms one after the other, which a neighbour's test suite starting midway skews. Figures:
 * server and Neo4j CPU (utime + stime) per completed request, summed over the rounds.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuMs } from '../lib/proc-cpu.js';
import { createDriver } from '../../src/db/driver.js';
import { OPERATIONS } from '../../src/perf/ops.js';
import { readPools } from '../../src/perf/pools.js';
import { startArm, stopArm, type ArmServer } from './arms.js';
import { load, type ArmName } from './load.js';
import { startCpuBenchNeo4j } from './store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    size: { type: 'string', default: '10k' },
    ops: { type: 'string', default: '1,2,3,5,8' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '8' },
    others: { type: 'string', default: 'cypher' },
  },
});
if (!values.base) {
  console.error('usage: cpu-ab.ts --base DIR (a built checkout to compare this one with)');
  process.exit(2);
}

/** Our server from checkout `dir`, as serve-ours.mjs runs it (compiled, production). */
function startBuild(dir: string, uri: string): Promise<ArmServer> {
  execFileSync(process.execPath, [join(dir, 'scripts/build.mjs')], { cwd: dir });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'bench/compare/serve-ours.mjs'), uri], {
      stdio: ['pipe', 'pipe', 'inherit'],
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}/graphql` });
    });
    child.once('exit', (code) => reject(new Error(`server in ${dir} exited with ${code}`)));
  });
}

const neo = await startCpuBenchNeo4j(values.size!);
const driver = createDriver({ uri: neo.uri });
const arms = new Map<string, { arm: ArmName; server: ArmServer }>();
try {
  const pools = await readPools(driver);
  arms.set('before', { arm: 'ours', server: await startBuild(values.base, neo.uri) });
  arms.set('after', { arm: 'ours', server: await startBuild(ROOT, neo.uri) });
  for (const other of values.others!.split(',').filter(Boolean) as ArmName[]) {
    arms.set(other, { arm: other, server: await startArm(other, neo.uri) });
  }
  const names = [...arms.keys()];
  const c = Number(values.concurrency);
  const seconds = Number(values.seconds);
  for (const op of values.ops!.split(',').map((n) => Number(n) - 1)) {
    const sum = new Map(names.map((n) => [n, { requests: 0, server: 0, db: 0 }]));
    for (const { arm, server } of arms.values()) await load(arm, server.url, op, pools, c, 1);
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const name of round % 2 ? [...names].reverse() : names) {
        const { arm, server } = arms.get(name)!;
        const s0 = cpuMs(server.child.pid!);
        const n0 = cpuMs(neo.pid);
        const f = await load(arm, server.url, op, pools, c, seconds);
        const x = sum.get(name)!;
        x.requests += f.rps * seconds;
        x.server += cpuMs(server.child.pid!) - s0;
        x.db += cpuMs(neo.pid) - n0;
      }
    }
    for (const [name, x] of sum) {
      const per = (ms: number) => (ms / x.requests).toFixed(2);
      console.log(
        `${OPERATIONS[op]!.name.padEnd(52)} ${name.padEnd(13)} server ${per(x.server)}  neo4j ${per(x.db)}  total ${per(x.server + x.db)} ms/req`,
      );
    }
  }
} finally {
  for (const { server } of arms.values()) await stopArm(server.child);
  await driver.close();
  await neo.stop();
}
