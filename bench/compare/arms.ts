/**
 * The side-by-side arms' server processes (serve.ts), shared by the benchmark (index.ts) and
 * the CPU-per-request tool (cpu.ts). Every arm runs as a production server: graphql-js and
 * express skip their development checks, and ours runs compiled, from dist/ (serve-ours.mjs,
 * built first when stale), as `npm start` does.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArmName } from './load.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARM_ENV = { ...process.env, NODE_ENV: 'production' };

export interface ArmServer {
  child: ChildProcess;
  url: string;
}

/** Starts one arm's server process (with extra Node flags, e.g. --cpu-prof); resolves with its URL. */
export function startArm(arm: ArmName, uri: string, nodeFlags: string[] = []): Promise<ArmServer> {
  if (arm === 'ours') execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')]);
  const entry =
    arm === 'ours'
      ? [join(ROOT, 'bench/compare/serve-ours.mjs'), uri]
      : ['--import', 'tsx', join(ROOT, 'bench/compare/serve.ts'), arm, uri];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, ...entry], {
      stdio: ['pipe', 'pipe', 'inherit'],
      cwd: ROOT,
      env: ARM_ENV,
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\d+)/.exec(out);
      if (m) {
        const path = arm === 'cypher' ? '/' : '/graphql';
        resolve({ child, url: `http://127.0.0.1:${m[1]}${path}` });
      }
    });
    child.once('exit', (code) => reject(new Error(`${arm} server exited with ${code}`)));
  });
}

/** Stops an arm by closing its stdin (serve.ts exits), killing it after 5 s. */
export function stopArm(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin!.end();
  });
}
