/**
 * The benchmark's database: a generated corpus (`generateCorpus`, seed 1) imported through
 * our importer (`evidence-graph import`) into an embedded Neo4j. Loading 100k papers takes
 * long on a small machine, so the loaded store is kept under the OS temp directory per
 * (papers, seed) and every run starts a fresh JVM on a fresh copy of it (`--reload` imports
 * again).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDriver } from '../../src/db/driver.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
import { generateCorpus } from '../../src/importers/generate/index.js';
import { freePort } from '../lib/neo4j.js';
import { enrich } from './pools.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the loaded store holds, counted in the database after the import. */
export interface CorpusCounts {
  papers: number;
  citations: number;
  statements: number;
  /** Seconds the import took when the store was built. */
  importSeconds: number;
}

/** A running Neo4j on a private copy of a loaded store. */
export interface BenchNeo4j {
  uri: string;
  pid: number;
  corpus: CorpusCounts;
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

const cacheDir = (papers: number, seed: number) =>
  join(tmpdir(), 'evidence-graph-bench-compare', `${papers}-s${seed}`);

function runImport(uri: string, files: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/evidence-graph.js'), 'import', '--json', '--batch-size', '10000', ...files],
      { env: { ...process.env, NEO4J_URI: uri }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`evidence-graph import exited with ${code}`)),
    );
  });
}

async function countAll(uri: string): Promise<Omit<CorpusCounts, 'importSeconds'>> {
  const driver = createDriver({ uri, username: 'neo4j', password: '' });
  try {
    const count = async (text: string) =>
      Number((await driver.executeQuery(text)).records[0]!.get(0));
    return {
      papers: await count('MATCH (p:Paper) RETURN count(p)'),
      citations: await count('MATCH ()-[c:CITES]->() RETURN count(c)'),
      statements: await count('MATCH (s:Statement) RETURN count(s)'),
    };
  } finally {
    await driver.close();
  }
}

/** Generates and imports the corpus into the cache directory (replacing what was there). */
async function buildStore(o: StoreOptions): Promise<void> {
  const target = cacheDir(o.papers, o.seed);
  const loading = `${target}.loading-${process.pid}`;
  const corpusDir = mkdtempSync(join(tmpdir(), 'eg-compare-corpus-'));
  try {
    o.log(`generating ${o.papers} papers (seed ${o.seed})…`);
    const corpus = await generateCorpus({ papers: o.papers, seed: o.seed, out: corpusDir });
    const neo = await startEmbeddedNeo4j({
      dataDir: loading,
      boltPort: await freePort(),
      heap: o.heap,
      pageCache: o.pageCache,
      javaHome: process.env.JAVA_HOME,
    });
    o.log(`importing into a fresh Neo4j (pid ${neo.pid})…`);
    try {
      const started = performance.now();
      await runImport(
        neo.uri,
        corpus.files.map((f) => join(corpusDir, f)),
      );
      const importSeconds = Math.round((performance.now() - started) / 100) / 10;
      const counts = { ...(await countAll(neo.uri)), importSeconds };
      await neo.stop();
      writeFileSync(join(loading, 'bench-corpus.json'), JSON.stringify(counts));
      rmSync(target, { recursive: true, force: true });
      renameSync(loading, target);
      o.log(`loaded ${JSON.stringify(counts)}`);
    } finally {
      await neo.stop();
    }
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
    rmSync(loading, { recursive: true, force: true });
  }
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
  const source = cacheDir(o.papers, o.seed);
  if (o.reload || !existsSync(join(source, 'bench-corpus.json'))) await buildStore(o);
  else o.log(`reusing the store loaded earlier from ${source} (--reload imports again)`);
  if (!existsSync(join(source, 'bench-enriched'))) await enrichStore(source, o);
  const corpus = JSON.parse(
    readFileSync(join(source, 'bench-corpus.json'), 'utf8'),
  ) as CorpusCounts;
  const dataDir = mkdtempSync(join(tmpdir(), 'eg-compare-db-'));
  cpSync(source, dataDir, { recursive: true });
  const neo = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: o.heap,
    pageCache: o.pageCache,
    javaHome: process.env.JAVA_HOME,
  });
  return {
    uri: neo.uri,
    pid: neo.pid,
    corpus,
    async stop() {
      await neo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
