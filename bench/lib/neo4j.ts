/**
 * A fresh embedded Neo4j for one benchmark run: its own temporary data
 * directory and free port, the heap and page cache asked for, and its JVM's
 * peak resident memory read from /proc before it stops.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';

/** A running throw-away Neo4j. */
export interface FreshNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  /** Peak resident set of the JVM so far, in MiB (VmHWM), or null when /proc is not readable. */
  peakRssMiB(): number | null;
  /** Stops the JVM and deletes its data directory. */
  stop(): Promise<void>;
}

export { freePort } from '../../src/db/ports.js';
import { freePort } from '../../src/db/ports.js';

/** VmHWM of process `pid` in MiB, or null. */
export function peakRssOf(pid: number | 'self'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Starts an embedded Neo4j on a free port with a new temporary data directory. */
export async function startFreshNeo4j(heap: string, pageCache: string): Promise<FreshNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'evidence-graph-bench-'));
  const neo = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await freePort(),
    heap,
    pageCache,
    javaHome: process.env.JAVA_HOME,
  });
  return {
    uri: neo.uri,
    pid: neo.pid,
    dataDir,
    peakRssMiB: () => peakRssOf(neo.pid),
    async stop() {
      await neo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
