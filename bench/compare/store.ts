/**
 * The side-by-side benchmark's database: the cached bench store for (papers, seed)
 * (bench/lib/store.ts: generated, then bulk-loaded), enriched once with the bench fixtures
 * (pools.ts `enrich`), and opened by a fresh JVM on a private copy for every run.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver } from '../../src/db/driver.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
import { freePort } from '../../src/db/ports.js';
import { cachedStore, startOnCopy, type StoreFacts } from '../lib/store.js';
import { enrich } from '../../src/perf/pools.js';

/** A running Neo4j on a private copy of a loaded store. */
export interface BenchNeo4j {
  uri: string;
  pid: number;
  corpus: StoreFacts;
  stop(): Promise<void>;
}

export interface StoreOptions {
  papers: number;
  seed: number;
  heap: string;
  pageCache: string;
  reload: boolean;
  log: (line: string) => void;
}

/** Papers for a size written like 10k, 100k or 1m (or a plain number). */
export function papersOf(size: string): number {
  const m = /^(\d+)([km]?)$/i.exec(size.trim());
  if (!m) throw new Error(`--size takes a number like 10k, 100k or 1m; got "${size}"`);
  return Number(m[1]) * ({ '': 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2]!.toLowerCase()]!;
}

/** Adds the bench fixtures (pools.ts `enrich`) to the cached store, once. */
async function enrichStore(dir: string, o: StoreOptions): Promise<void> {
  const neo = await startEmbeddedNeo4j({
    dataDir: dir,
    boltPort: await freePort(),
    heap: o.heap,
    pageCache: o.pageCache,
    javaHome: process.env.JAVA_HOME,
  });
  const driver = createDriver({ uri: neo.uri });
  try {
    o.log('adding bench fixtures (STUDIES/MEASURES from findings, external tallies)…');
    await enrich(driver);
    writeFileSync(join(dir, 'bench-enriched'), new Date().toISOString());
  } finally {
    await driver.close();
    await neo.stop();
  }
}

/** Starts a fresh Neo4j (own JVM, free port, temp data dir) on a copy of the loaded corpus. */
export async function startBenchNeo4j(o: StoreOptions): Promise<BenchNeo4j> {
  const { dir, facts } = await cachedStore(o);
  if (!existsSync(join(dir, 'bench-enriched'))) await enrichStore(dir, o);
  const neo = await startOnCopy(dir, o);
  return { uri: neo.uri, pid: neo.pid, corpus: facts, stop: () => neo.stop() };
}

/** CLI: `tsx bench/compare/store.ts <papers> [--reload]` builds (or checks) one cached store. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const papers = Number(process.argv[2] ?? 10_000);
  const neo = await startBenchNeo4j({
    papers,
    seed: 1,
    heap: process.env.BENCH_HEAP ?? '3g',
    pageCache: process.env.BENCH_PAGECACHE ?? '2g',
    reload: process.argv.includes('--reload'),
    log: (l) => console.error(l),
  });
  console.error(`store ready: ${JSON.stringify(neo.corpus)}`);
  await neo.stop();
}

/**
 * The cached store of `size` (10k, 100k, 1m) started as the CPU tools (cpu.ts, cpu-ab.ts)
 * measure on it: the side-by-side run's heap and page cache, never rebuilt, progress on stderr.
 */
export function startCpuBenchNeo4j(size: string): Promise<BenchNeo4j> {
  return startBenchNeo4j({
    papers: papersOf(size),
    seed: 1,
    heap: '3g',
    pageCache: '2g',
    reload: false,
    log: (l) => console.error(l),
  });
}
