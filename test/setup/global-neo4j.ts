/**
 * Vitest global setup for integration tests: one real Neo4j per test worker.
 *
 * Neo4j Community has a single user database, so files can only run side by side
 * if each runs against its own server. This starts one embedded Neo4j (launcher/)
 * per worker slot, concurrently, each on its own free port with a throw-away data
 * directory; a test file picks the server of its slot (test/helpers/db.ts), owns
 * that whole database while it runs, and resets it to its own scenario. Every
 * JVM is stopped when the run ends.
 *
 * With NEO4J_URI set, every file uses that one server, and vitest.config.ts runs
 * files one at a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { jvmOptions } from '../../src/config.js';
import { ensureClassArchive } from '../../src/db/class-archive.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { freePort } from '../helpers/ports.js';
import { testWorkers } from './workers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of each worker slot's server, slot 1 first. */
    neo4jUris: string[];
  }
}

const started: EmbeddedNeo4j[] = [];
const dataDirs: string[] = [];

async function startOne(): Promise<EmbeddedNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'evidence-graph-test-'));
  dataDirs.push(dataDir);
  const server = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: process.env.NEO4J_HEAP ?? '1g',
    pageCache: process.env.NEO4J_PAGECACHE ?? '256m',
    javaHome: process.env.JAVA_HOME,
    jvmOptions: jvmOptions(),
  });
  started.push(server);
  return server;
}

/** The pool's size as vitest resolved it (a --maxWorkers flag wins over the config). */
function workerSlots(project: TestProject): number {
  const config = project.globalConfig;
  if (!config.fileParallelism) return 1;
  const slots = config.poolOptions?.forks?.maxForks ?? config.maxWorkers;
  return typeof slots === 'number' && slots >= 1 ? slots : testWorkers();
}

export async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUris', [process.env.NEO4J_URI]);
    return;
  }
  const count = workerSlots(project);
  // A no-op when `.ci/run` or `build-launcher` has made it; after a launcher change, once.
  await ensureClassArchive({ javaHome: process.env.JAVA_HOME, jvmOptions: jvmOptions() });
  // The JVMs start side by side; if one fails, the ones that did start are stopped.
  const results = await Promise.allSettled(Array.from({ length: count }, startOne));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  project.provide(
    'neo4jUris',
    results.map((r) => (r as PromiseFulfilledResult<EmbeddedNeo4j>).value.uri),
  );
}

export async function teardown(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => s.stop()));
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
