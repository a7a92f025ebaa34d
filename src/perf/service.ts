/**
 * Starts `evidence-graph serve` as its own process against a given Neo4j, for load runs
 * (bench/load and test/integration/load.test.ts; src/perf: see ops.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export async function startService(
  root: string,
  neo4jUri: string,
  port: number,
): Promise<ServiceProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: neo4jUri,
    PORT: String(port),
    NODE_ENV: 'production',
    SEED_ON_START: 'true',
  };
  const child = spawn(process.execPath, [join(root, 'bin', 'evidence-graph.js'), 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited: ${log}`);
    if (Date.now() > deadline) throw new Error(`service did not become ready: ${log}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    // Ready and seeded: the seed's anchor paper answers.
    if (ready) {
      const body = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ paper(id: "lyons-2021") { id } }' }),
      }).then(
        (r) => r.text(),
        () => '',
      );
      if (body.includes('lyons-2021')) break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    child,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
