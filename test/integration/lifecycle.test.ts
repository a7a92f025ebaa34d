/**
 * The runtime contract of `npm start`: it starts the embedded Neo4j, serves
 * GraphQL, and SIGTERM leaves no JVM behind. Without Java and without
 * NEO4J_URI it says how to get out in one message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'evidence-graph-lifecycle-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Java processes whose command line names this data directory. */
function jvmsFor(dir: string): number[] {
  const out = spawnSync('pgrep', ['-f', `eg.dataDir=${dir}`], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).map(Number);
}

describe('npm start', () => {
  it('serves GraphQL on the embedded Neo4j and leaves no JVM after SIGTERM', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      BOLT_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    };
    delete env.NEO4J_URI;
    const child = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    try {
      const deadline = Date.now() + 150_000;
      while (!/GraphQL on/.test(log) && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 500));
      expect(log).toMatch(/GraphQL on http:\/\/localhost:\d+\/graphql/);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ paper(id: "lyons-2021") { year } }' }),
      });
      expect(await res.json()).toEqual({ data: { paper: { year: 2021 } } });
      const jvms = jvmsFor(dataDir);
      expect(jvms).toHaveLength(1);

      child.kill('SIGTERM');
      const stopDeadline = Date.now() + 60_000;
      while (jvms.some(alive) && Date.now() < stopDeadline)
        await new Promise((r) => setTimeout(r, 500));
      expect(jvms.filter(alive)).toEqual([]);
      expect(jvmsFor(dataDir)).toEqual([]);
    } finally {
      for (const pid of jvmsFor(dataDir)) process.kill(pid, 'SIGKILL');
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 240_000);

  it('without Java and without NEO4J_URI, names both ways out', async () => {
    // A PATH holding only node: no java, no mvn.
    const bin = mkdtempSync(join(tmpdir(), 'evidence-graph-nojava-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: bin,
      DATA_DIR: dataDir,
      JAVA_HOME: '',
      PORT: String(await freePort()),
    };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, ['bin/evidence-graph.js', 'serve'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    rmSync(bin, { recursive: true, force: true });
    expect(status).toBe(1);
    expect(stderr).toMatch(/NEO4J_URI/);
    expect(stderr).toMatch(/JDK 17\+ and Maven/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
