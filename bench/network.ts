/**
 * Citation-network benchmark (issue #4): a 2-hop citationNetwork around a paper with limit
 * 500 (p50/p95 over many seeds) and a whole-graph GraphML export through the real CLI (wall
 * time and peak RSS of the exporting process), on the importers' generated corpus
 * (`generate --seed 1`: ~10 references a paper, preferential attachment so hubs emerge, 20%
 * of references with a citation statement) bulk-loaded into an embedded store
 * (bench/lib/store.ts, cached between runs). Appends a "## Citation network" section to
 * bench/RESULTS.md.
 *
 *   npx tsx bench/network.ts [--papers 1000000] [--runs 100] [--no-write] [--reload]
 */
import { execFile } from 'node:child_process';
import { createReadStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { derivedId } from '../src/domain/ids.js';
import { networkRequest } from '../src/domain/network/options.js';
import { doiOf } from '../src/importers/generate/records.js';
import { seededRandom } from '../src/importers/generate/prng.js';
import { NetworkRepository } from '../src/repositories/network/traversal.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { peakRssOf } from './lib/neo4j.js';
import { cachedStore, startOnCopy } from './lib/store.js';

const run = promisify(execFile);
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PAPERS = arg('papers', 100_000);
const RUNS = arg('runs', 100);
const SEED = 1;
const HEAP = process.env.BENCH_HEAP ?? '4g';
const PAGECACHE = process.env.BENCH_PAGECACHE ?? '6g';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const log = (line: string) => console.error(`[bench:network] ${line}`);
  const { dir, facts } = await cachedStore({
    papers: PAPERS,
    seed: SEED,
    reload: process.argv.includes('--reload'),
    log,
  });
  const neo = await startOnCopy(dir, { heap: HEAP, pageCache: PAGECACHE });
  const db = new Executor(createDriver({ uri: neo.uri }), { timeoutMs: 600_000 });
  const out = join(tmpdir(), `bench-network-${process.pid}.graphml`);
  const machine = machineFacts();
  try {
    // Warm the page cache the way a long-running service has it: every paper's properties
    // and every citation with its counters (the store fits in the page cache).
    let t = performance.now();
    await db.read({
      name: 'bench.warmPapers',
      text: 'MATCH (p:Paper) RETURN sum(size(keys(properties(p)))) AS n',
    });
    await db.read({
      name: 'bench.warmCitations',
      text: 'MATCH (:Paper)-[c:CITES]->(:Paper) RETURN count(c.statementCount) AS n',
    });
    const warmSeconds = Math.round((performance.now() - t) / 100) / 10;
    log(`page cache warmed in ${warmSeconds} s`);
    // citationNetwork: 2 hops, BOTH, limit 500, around generated papers picked at random.
    const repo = new NetworkRepository(db, { roundTrips: 0, queries: [] });
    const random = seededRandom(4);
    const seeds = Array.from({ length: RUNS + 10 }, () =>
      derivedId('p', 'doi', doiOf(SEED, random.int(PAPERS))),
    );
    const times: number[] = [];
    let nodes = 0;
    let truncated = 0;
    for (const [k, seed] of seeds.entries()) {
      t = performance.now();
      const n = await repo.network(networkRequest({ seeds: [seed], depth: 2, limit: 500 }));
      if (k < 10) continue; // warm-up
      times.push(performance.now() - t);
      nodes += n.nodes.length;
      if (n.truncated) truncated += 1;
    }
    times.sort((a, b) => a - b);
    log(
      `citationNetwork p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
    );

    // Whole-graph GraphML through the real CLI, as its own process, under GNU time.
    const env = { ...process.env, NEO4J_URI: neo.uri, QUERY_TIMEOUT_MS: '600000' };
    const timed = await run(
      '/usr/bin/time',
      [
        '-f',
        '%M %e',
        'node',
        'bin/evidence-graph.js',
        'export',
        '--format',
        'graphml',
        '--out',
        out,
      ],
      { env, maxBuffer: 1 << 24 },
    );
    const [maxKb, seconds] = timed.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    const size = statSync(out).size;
    // Count elements without holding a multi-GB file as one string (one element per line).
    let exportedNodes = 0;
    let exportedEdges = 0;
    const lines = createInterface({ input: createReadStream(out, { highWaterMark: 1 << 22 }) });
    for await (const line of lines) {
      if (line.startsWith('    <node ')) exportedNodes += 1;
      else if (line.startsWith('    <edge ')) exportedEdges += 1;
    }
    const figures = {
      papers: facts.papers,
      citations: facts.citations,
      statements: facts.statements,
      load: facts.load,
      machine,
      warmSeconds,
      network: {
        runs: times.length,
        p50: +quantile(times, 0.5).toFixed(1),
        p95: +quantile(times, 0.95).toFixed(1),
        max: +times[times.length - 1]!.toFixed(1),
        meanNodes: Math.round(nodes / times.length),
        truncatedShare: +(truncated / times.length).toFixed(2),
      },
      export: {
        seconds,
        peakRssMiB: Math.round(maxKb! / 1024),
        bytes: size,
        exportedNodes,
        exportedEdges,
      },
      jvmPeakRssMiB: peakRssOf(neo.pid),
    };
    console.log(JSON.stringify(figures, null, 2));
    if (!process.argv.includes('--no-write')) record(figures);
  } finally {
    rmSync(out, { force: true });
    await db.driver.close();
    await neo.stop();
  }
}

function record(f: any): void {
  appendResults(
    'bench/RESULTS.md',
    `## Citation network

${new Date().toISOString().slice(0, 10)} · ${f.machine} · embedded Neo4j 5.26 (heap ${HEAP}, page cache ${PAGECACHE}) · \`npx tsx bench/network.ts --papers ${f.papers}\`

Graph: \`generate --seed 1\`, bulk-loaded (\`import --bulk\`; parse ${f.load.parse} s, CSV ${f.load.csv} s, offline import ${f.load.import} s, schema ${f.load.schema} s): ${f.papers} papers, ${f.citations} citations, ${f.statements} statements.

| measure | result | target (1M papers / 10M citations) |
| --- | --- | --- |
| citationNetwork depth 2, BOTH, limit 500: p50 / p95 / max over ${f.network.runs} seeds (page cache warmed first, ${f.warmSeconds} s) | ${f.network.p50} / ${f.network.p95} / ${f.network.max} ms (mean ${f.network.meanNodes} papers, ${Math.round(f.network.truncatedShare * 100)}% truncated) | p95 < 300 ms |
| whole-graph GraphML export (CLI process): time | ${f.export.seconds} s (${(f.export.bytes / 2 ** 20).toFixed(0)} MiB, ${f.export.exportedNodes} nodes, ${f.export.exportedEdges} edges) | < 5 min |
| whole-graph GraphML export: peak RSS of the exporting process | ${f.export.peakRssMiB} MiB | < 1 GB |
| Neo4j JVM peak RSS during the run | ${f.jvmPeakRssMiB ?? 'n/a'} MiB | |
`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
