/**
 * Side-by-side benchmark (issue #6): our server (A) vs a server on @neo4j/graphql (B) vs
 * hand-written Cypher through neo4j-driver (C), on the same embedded Neo4j and corpus.
 *
 *   npm run bench [-- --size 10k|100k|1m] [--quick] [--out FILE] [--rounds 3] [--seconds 5]
 *                 [--concurrency 8,32] [--ops 1,2,6] [--scale 10k,100k] [--reload] [--no-append]
 *                 [--scale-from a.json,b.json]  (scale table from saved results, no run)
 *                 [--render result.json]  (print the Markdown section of a saved result, no run)
 *
 * Method: warm-up, then rounds; in each round every operation is loaded with autocannon at
 * each concurrency, arms interleaved (A B C, then B C A, then C A B). Per (op, concurrency, arm) the median round
 * by req/s is reported with its p50/p99. Round trips and db hits come from a probe run
 * (probe.ts). Results: JSON (--out and bench/results/<date>-<size>.json) and a Markdown
 * section appended to bench/RESULTS.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { appendResults, machineFacts } from '../lib/machine.js';
import { cpuMs } from '../lib/proc-cpu.js';
import { startArm, stopArm, type ArmServer } from './arms.js';
import { benchConfig } from '../../src/perf/config.js';
import { load, requestBody, type ArmName, type LoadFigures } from './load.js';
import { OPERATIONS, type Pools } from '../../src/perf/ops.js';
import { readPools } from '../../src/perf/pools.js';
import { probeAll, type ArmKey, type ProbeFigures } from './probe.js';
import { markdownSection, scaleSection, type BenchResult } from './report.js';
import { papersOf, startBenchNeo4j } from './store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARMS: [ArmName, ArmKey][] = [
  ['ours', 'ours'],
  ['neo4j-graphql', 'neo4jGraphql'],
  ['cypher', 'cypher'],
];

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    concurrency: { type: 'string' },
    ops: { type: 'string' },
    scale: { type: 'string' },
    reload: { type: 'boolean', default: false },
    'no-append': { type: 'boolean', default: false },
    'scale-from': { type: 'string' },
    render: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const rounds = Number(values.rounds ?? 3);
const seconds = Number(values.seconds ?? (quick ? 1 : 5));
const concurrencies = (values.concurrency ?? (quick ? '8' : '8,32')).split(',').map(Number);
const opIndexes = values.ops
  ? values.ops.split(',').map((n) => Number(n) - 1)
  : OPERATIONS.map((_, k) => k);
const log = (line: string) => console.error(`[bench] ${line}`);

/**
 * Waits until Neo4j runs no transaction but this one (at most 60 s): every arm shares the
 * database, so a slow operation's backlog from the previous arm would otherwise be measured
 * as the next arm's latency.
 */
async function quiesce(driver: Driver): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN count(*) AS busy',
    );
    if (Number(records[0]!.get('busy')) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until an arm has drained what the previous load left in flight (autocannon stops
 * sending, but the server and the database still finish queued requests): one request at a
 * time until one answers within 3× the fastest seen, at most 20 s.
 */
async function settle(arm: ArmName, url: string, op: number, pools: Pools): Promise<void> {
  const until = performance.now() + 20_000;
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; performance.now() < until; k++) {
    const t = performance.now();
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: requestBody(arm, op, pools, k),
    }).then((r) => r.arrayBuffer());
    const ms = performance.now() - t;
    if (k > 0 && ms <= 3 * best) return;
    best = Math.min(best, ms);
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const median = (xs: LoadFigures[]): LoadFigures =>
  [...xs].sort((a, b) => a.rps - b.rps)[Math.floor((xs.length - 1) / 2)]!;

/** One full run at `papers`; returns the result (also written to disk by the caller). */
async function runAt(papers: number): Promise<BenchResult> {
  // Read before the store copy, the JVM and the servers start: the load they add is the
  // benchmark's own, and "at start" should say what else the machine was doing.
  const machine = machineFacts();
  const neo = await startBenchNeo4j({
    papers,
    seed: 1,
    heap: process.env.BENCH_HEAP ?? '3g',
    pageCache: process.env.BENCH_PAGECACHE ?? '2g',
    reload: values.reload ?? false,
    log,
  });
  log(`Neo4j pid ${neo.pid} at ${neo.uri}; corpus ${JSON.stringify(neo.corpus)}`);
  const driver = createDriver({ uri: neo.uri });
  const servers: ArmServer[] = [];
  try {
    const pools = await readPools(driver);
    log(
      `pools: ${pools.dois.length} papers, ${pools.pairs.length} concept pairs, ${pools.domains.length} domains`,
    );
    const probes = await probeAll(driver, benchConfig(), pools, quick ? 2 : 5, opIndexes);
    log('probe done (round trips, db hits)');
    for (const [arm] of ARMS) servers.push(await startArm(arm, neo.uri));
    const measured = new Map<string, LoadFigures[]>();
    for (const op of opIndexes) {
      for (const [a, [arm]] of ARMS.entries()) {
        await load(arm, servers[a]!.url, op, pools, 8, quick ? 0.5 : 2); // warm-up
      }
    }
    log('warm-up done');
    for (let round = 1; round <= rounds; round++) {
      for (const op of opIndexes) {
        for (const c of concurrencies) {
          // The arm order rotates by round (A B C, B C A, C A B): whichever arm runs first
          // after a heavy operation meets the database's and its own clean-up of it.
          for (let turn = 0; turn < ARMS.length; turn++) {
            const a = (turn + round - 1) % ARMS.length;
            const [arm, key] = ARMS[a]!;
            await quiesce(driver);
            await settle(arm, servers[a]!.url, op, pools);
            const cpu0 = [cpuMs(servers[a]!.child.pid!), cpuMs(neo.pid)];
            const f = await load(arm, servers[a]!.url, op, pools, c, seconds);
            const done = f.rps * seconds;
            if (done > 0) {
              f.serverCpuMs = round2((cpuMs(servers[a]!.child.pid!) - cpu0[0]!) / done);
              f.neo4jCpuMs = round2((cpuMs(neo.pid) - cpu0[1]!) / done);
            }
            const id = `${op}|${c}|${key}`;
            measured.set(id, [...(measured.get(id) ?? []), f]);
            log(`round ${round} op ${op + 1} c${c} ${arm}: ${JSON.stringify(f)}`);
          }
        }
      }
    }
    return {
      date: new Date().toISOString(),
      machine,
      corpus: {
        papers: neo.corpus.papers,
        citations: neo.corpus.citations,
        statements: neo.corpus.statements,
      },
      method: { rounds, seconds, concurrencies, quick, poolSize: pools.dois.length },
      ops: opIndexes.map((op) => {
        const o = OPERATIONS[op]!;
        const arms = Object.fromEntries(
          ARMS.map(([, key]) => {
            const probe: ProbeFigures = probes[op]![key];
            const byConcurrency = Object.fromEntries(
              concurrencies.map((c) => [String(c), median(measured.get(`${op}|${c}|${key}`)!)]),
            );
            const first = byConcurrency[String(concurrencies[0])]!;
            return [
              key,
              {
                rps: first.rps,
                p50Ms: first.p50Ms,
                p99Ms: first.p99Ms,
                roundTrips: probe.roundTrips,
                dbHits: probe.dbHits,
                scans: probe.scans,
                byConcurrency,
              },
            ];
          }),
        );
        return { name: o.name, note: o.bNote ?? null, ...arms } as BenchResult['ops'][number];
      }),
    };
  } finally {
    for (const s of servers) await stopArm(s.child);
    await driver.close();
    await neo.stop();
  }
}

function save(result: BenchResult, label: string): string {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.date.slice(0, 19).replace(/:/g, '-')}-${label}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2));
  log(`wrote ${file}${values.out ? ` and ${values.out}` : ''}`);
  return file;
}

if (values.render) {
  // A saved result (a quick run's, say) as the Markdown a full run appends, on stdout.
  console.log(markdownSection(JSON.parse(readFileSync(values.render, 'utf8')) as BenchResult));
} else if (values['scale-from']) {
  // Re-render a scale section from saved results (no measurement).
  const files = values['scale-from'].split(',');
  const results = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResult);
  results.sort((a, b) => a.corpus.papers - b.corpus.papers);
  const small = results[0]!;
  const section = scaleSection([small, ...results.slice(1)]);
  if (values['no-append']) console.log(section);
  else appendResults(join(ROOT, 'bench/RESULTS.md'), section);
} else if (values.scale) {
  const sizes = values.scale.split(',');
  const results: BenchResult[] = [];
  for (const size of sizes) {
    const result = await runAt(papersOf(size));
    save(result, `scale-${size}`);
    results.push(result);
  }
  if (!values['no-append']) appendResults(join(ROOT, 'bench/RESULTS.md'), scaleSection(results));
} else {
  const size = values.size ?? (quick ? '10k' : '100k');
  const result = await runAt(papersOf(size));
  save(result, quick ? `quick-${size}` : size);
  // Quick runs are checks: they go to bench/results/ only.
  if (!quick && !values['no-append'])
    appendResults(join(ROOT, 'bench/RESULTS.md'), markdownSection(result));
}
