/**
 * Citation-network benchmark (issue #4): a 2-hop citationNetwork around a paper with limit
 * 500 (p50/p95 over many seeds) and a whole-graph GraphML export through the real CLI (wall
 * time and peak RSS of the exporting process), on a generated graph loaded with writeBatch
 * into a fresh embedded Neo4j (bulk UNWIND writes, see `load`). Appends a "## Citation network" section to bench/RESULTS.md.
 *
 *   npx tsx bench/network.ts [--papers 100000] [--refs 10] [--runs 100] [--no-write]
 *
 * The in-bench generator: paper i (years spread over 1990..2025) cites `refs` earlier papers,
 * half picked in proportion to the citations they already have (preferential attachment, so a
 * few hubs emerge as in real literature), half uniformly; one citation in three counts one
 * statement of a random polarity on its CITES counters.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { applySchema } from '../src/db/schema.js';
import { networkRequest } from '../src/domain/network/options.js';
import { POLARITIES } from '../src/domain/vocabulary.js';
import { NetworkRepository } from '../src/repositories/network.js';
import { startFreshNeo4j } from './lib/neo4j.js';

const run = promisify(execFile);
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PAPERS = arg('papers', 100_000);
const REFS = arg('refs', 10);
const RUNS = arg('runs', 100);
const SLICE = 5000;

/** mulberry32: a small seeded PRNG, so every run builds the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pid = (i: number) => `bp-${String(i).padStart(8, '0')}`;

interface Citation {
  source: string;
  target: string;
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
  statementCount: number;
}

/** Citations of papers [from, to); `pool` (every cited index so far) grows with each one. */
function citationsOf(from: number, to: number, random: () => number, pool: number[]): Citation[] {
  const out: Citation[] = [];
  for (let i = from; i < to; i++) {
    const cited = new Set<number>();
    for (let k = 0; k < Math.min(REFS, i); k++) {
      const j =
        random() < 0.5 && pool.length > 0
          ? pool[Math.floor(random() * pool.length)]!
          : Math.floor(random() * i);
      if (cited.has(j)) continue;
      cited.add(j);
      pool.push(j);
      const counts = { supporting: 0, mentioning: 0, contrasting: 0, unclassified: 0 };
      const withStatement = random() < 1 / 3;
      if (withStatement) {
        const p = POLARITIES[Math.floor(random() * 4)]!.toLowerCase() as keyof typeof counts;
        counts[p] = 1;
      }
      out.push({
        source: pid(i),
        target: pid(j),
        ...counts,
        statementCount: withStatement ? 1 : 0,
      });
    }
  }
  return out;
}

// Bench fixture only: plain UNWIND writes with the counters the writer would keep, computed
// here, because writeBatch (which recounts counters per chunk and writes Statement nodes)
// loads ~25 papers/s on this shared 2-CPU machine. Statement nodes are not created, so the
// figures below are for unfiltered networks.
const LOAD_PAPERS = {
  name: 'bench.papers',
  text: `UNWIND $rows AS row CREATE (p:Paper) SET p = row`,
};
const LOAD_CITES = {
  name: 'bench.cites',
  text: `UNWIND $rows AS row
MATCH (a:Paper {id: row.source}) MATCH (b:Paper {id: row.target})
CREATE (a)-[c:CITES]->(b)
SET c.statementCount = row.statementCount, c.supporting = row.supporting,
    c.mentioning = row.mentioning, c.contrasting = row.contrasting, c.unclassified = row.unclassified`,
};
const LOAD_COUNTERS = {
  name: 'bench.counters',
  text: `UNWIND $rows AS row MATCH (p:Paper {id: row.id})
SET p.citingPaperCount = row.citing, p.referenceCount = row.refs`,
};

async function load(db: Executor, random: () => number): Promise<{ citations: number }> {
  const pool: number[] = [];
  const citing = new Uint32Array(PAPERS);
  const refs = new Uint32Array(PAPERS);
  let citations = 0;
  for (let from = 0; from < PAPERS; from += SLICE) {
    const to = Math.min(PAPERS, from + SLICE);
    const rows = Array.from({ length: to - from }, (_, k) => ({
      id: pid(from + k),
      doi: `10.9999/bench.${from + k}`,
      title: `Bench paper ${from + k} on peer support & outcomes`,
      year: 1990 + Math.floor((35 * (from + k)) / PAPERS),
      publicationTypes: ['JournalArticle'],
      citingPaperCount: 0,
      referenceCount: 0,
    }));
    await db.write(LOAD_PAPERS, { rows });
    const cites = citationsOf(from, to, random, pool);
    for (const c of cites) {
      citing[Number(c.target.slice(3))]! += 1;
      refs[Number(c.source.slice(3))]! += 1;
    }
    for (let k = 0; k < cites.length; k += 20_000) {
      await db.write(LOAD_CITES, { rows: cites.slice(k, k + 20_000) });
    }
    citations += cites.length;
    if ((from / SLICE) % 5 === 0) console.error(`loaded ${to} papers`);
  }
  for (let from = 0; from < PAPERS; from += 20_000) {
    const rows = [];
    for (let i = from; i < Math.min(PAPERS, from + 20_000); i++) {
      rows.push({ id: pid(i), citing: citing[i], refs: refs[i] });
    }
    await db.write(LOAD_COUNTERS, { rows });
  }
  return { citations };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const neo = await startFreshNeo4j(
    process.env.BENCH_HEAP ?? '2g',
    process.env.BENCH_PAGECACHE ?? '1g',
  );
  const db = new Executor(createDriver({ uri: neo.uri }));
  const out = join(tmpdir(), `bench-network-${process.pid}.graphml`);
  try {
    await applySchema(db);
    const random = prng(4);
    let t = performance.now();
    const { citations } = await load(db, random);
    const statements = 0;
    const loadSeconds = (performance.now() - t) / 1000;
    console.error(`loaded ${PAPERS} papers, ${citations} citations in ${loadSeconds.toFixed(0)} s`);

    // citationNetwork: 2 hops, BOTH, limit 500, around papers across the id range.
    const repo = new NetworkRepository(db, { roundTrips: 0, queries: [] });
    const seeds = Array.from({ length: RUNS + 10 }, () => pid(Math.floor(random() * PAPERS)));
    const times: number[] = [];
    let nodes = 0;
    let truncated = 0;
    for (const [k, seed] of seeds.entries()) {
      t = performance.now();
      const n = await repo.network(networkRequest({ seeds: [seed], depth: 2, limit: 500 }));
      if (k >= 10) {
        times.push(performance.now() - t);
        nodes += n.nodes.length;
        if (n.truncated) truncated += 1;
      }
    }
    times.sort((a, b) => a - b);

    console.error(
      `citationNetwork p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
    );
    // Whole-graph GraphML through the real CLI, as its own process, under GNU time.
    const env = { ...process.env, NEO4J_URI: neo.uri };
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
    const text = readFileSync(out, 'utf8');
    const exportedNodes = text.match(/<node /g)?.length ?? 0;
    const exportedEdges = text.match(/<edge /g)?.length ?? 0;
    const figures = {
      papers: PAPERS,
      citations,
      statements,
      loadSeconds: Math.round(loadSeconds),
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
      jvmPeakRssMiB: neo.peakRssMiB(),
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
  const file = 'bench/RESULTS.md';
  if (!existsSync(file)) writeFileSync(file, '# Benchmark results\n');
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const mem = (totalmem() / 2 ** 30).toFixed(0);
  appendFileSync(
    file,
    `
## Citation network

${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpu} · ${mem} GiB RAM · Node ${process.version} · embedded Neo4j 5.26 (heap ${process.env.BENCH_HEAP ?? '2g'}, page cache ${process.env.BENCH_PAGECACHE ?? '1g'}) · \`npx tsx bench/network.ts --papers ${f.papers}\`

Graph (in-bench generator, bulk-loaded with UNWIND in ${f.loadSeconds} s, counters exact, no Statement nodes): ${f.papers} papers, ${f.citations} citations.

| measure | result | target (1M papers / 10M citations) |
| --- | --- | --- |
| citationNetwork depth 2, BOTH, limit 500: p50 / p95 / max over ${f.network.runs} seeds | ${f.network.p50} / ${f.network.p95} / ${f.network.max} ms (mean ${f.network.meanNodes} papers, ${Math.round(f.network.truncatedShare * 100)}% truncated) | p95 < 300 ms |
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
