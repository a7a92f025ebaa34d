/**
 * Benchmark stores: a corpus from the importers' `generate` (seeded, so every
 * machine builds the same graph), bulk-loaded (`import --bulk`, i.e.
 * src/importers/bulk) into an embedded store that is kept under the OS temp
 * directory per (papers, seed). Each run starts its own JVM on a private copy,
 * so runs never see each other's writes.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
import { freePort } from '../../src/db/ports.js';
import { bulkLoad, type BulkLoadSummary } from '../../src/importers/bulk/index.js';
import { generateCorpus } from '../../src/importers/generate/index.js';
import { fileSource } from '../../src/importers/run.js';

/** What a cached store holds, as the bulk load reported it. */
export interface StoreFacts {
  papers: number;
  citations: number;
  statements: number;
  findings: number;
  relationships: number;
  generateSeconds: number;
  load: BulkLoadSummary['seconds'];
}

export interface StoreRequest {
  papers: number;
  seed: number;
  /** Build again even when a cached store exists. */
  reload?: boolean;
  log: (line: string) => void;
}

const FACTS = 'bench-store.json';

export function storeDir(papers: number, seed: number): string {
  return join(tmpdir(), 'evidence-graph-bench-stores', `${papers}-s${seed}`);
}

/** The cached store for (papers, seed), built first when missing; returns its directory and facts. */
export async function cachedStore(r: StoreRequest): Promise<{ dir: string; facts: StoreFacts }> {
  const dir = storeDir(r.papers, r.seed);
  if (!r.reload && existsSync(join(dir, FACTS))) {
    r.log(`reusing the store built earlier in ${dir} (--reload builds it again)`);
    return { dir, facts: JSON.parse(readFileSync(join(dir, FACTS), 'utf8')) as StoreFacts };
  }
  const loading = `${dir}.loading-${process.pid}`;
  const corpus = mkdtempSync(join(tmpdir(), 'eg-bench-corpus-'));
  try {
    r.log(`generating ${r.papers} papers (seed ${r.seed})…`);
    let t = performance.now();
    const generated = await generateCorpus({ papers: r.papers, seed: r.seed, out: corpus });
    const generateSeconds = Math.round((performance.now() - t) / 100) / 10;
    r.log(`bulk-loading ${generated.files.length} files…`);
    t = performance.now();
    const loaded = await bulkLoad({
      dataDir: loading,
      sources: generated.files.map((f) => fileSource(join(corpus, f), 'auto')),
      heap: process.env.BENCH_IMPORT_HEAP ?? '4g',
      pageCache: '2g',
      javaHome: process.env.JAVA_HOME,
    });
    if (loaded.rejected > 0) throw new Error(`the generated corpus had ${loaded.rejected} rejects`);
    const facts: StoreFacts = {
      papers: loaded.papers,
      citations: loaded.citations,
      statements: loaded.statements,
      findings: loaded.findings,
      relationships: loaded.relationships,
      generateSeconds,
      load: loaded.seconds,
    };
    writeFileSync(join(loading, FACTS), JSON.stringify(facts, null, 2));
    rmSync(dir, { recursive: true, force: true });
    renameSync(loading, dir);
    r.log(`store ready: ${JSON.stringify(facts)}`);
    return { dir, facts };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(loading, { recursive: true, force: true });
  }
}

/** A running engine on a private copy of a store. */
export interface StoreEngine {
  uri: string;
  pid: number;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts an engine (own JVM, free port) on a fresh copy of `dir`; stop() removes the copy. */
export async function startOnCopy(
  dir: string,
  memory: { heap: string; pageCache: string },
): Promise<StoreEngine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eg-bench-db-'));
  cpSync(dir, dataDir, { recursive: true });
  const neo = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: memory.heap,
    pageCache: memory.pageCache,
    javaHome: process.env.JAVA_HOME,
  });
  return {
    uri: neo.uri,
    pid: neo.pid,
    dataDir,
    async stop() {
      await neo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
