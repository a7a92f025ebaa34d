/**
 * Vitest global setup for integration tests: one real Neo4j for the run.
 * With NEO4J_URI set, tests use that server; otherwise this starts the
 * embedded Neo4j from launcher/ on a free port with a throw-away data
 * directory, and stops the JVM when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { freePort } from '../helpers/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let embedded: EmbeddedNeo4j | null = null;
let dataDir: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  dataDir = mkdtempSync(join(tmpdir(), 'evidence-graph-test-'));
  embedded = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap: process.env.NEO4J_HEAP ?? '1g',
    pageCache: process.env.NEO4J_PAGECACHE ?? '256m',
    javaHome: process.env.JAVA_HOME,
  });
  project.provide('neo4jUri', embedded.uri);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
