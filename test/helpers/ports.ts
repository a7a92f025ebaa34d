/**
 * Free loopback ports for the servers tests start themselves (embedded Neo4j,
 * the service as a child process), safe when test files run side by side.
 *
 * A port found by binding port 0 and closing again can be handed out twice: to
 * another worker asking the same way, or to any socket the kernel gives an
 * ephemeral port (every outgoing connection) before our server binds it. So the
 * ports come from below the kernel's ephemeral range, which it never hands out
 * by itself, and each is claimed with an exclusive file that every test process
 * on this machine checks, released when the process exits.
 */
import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLAIMS = join(tmpdir(), 'evidence-graph-test-ports');
/** A claim older than this belongs to a run that died without releasing it. */
const STALE_MS = 60 * 60 * 1000;
const mine: string[] = [];

/** The first port of the kernel's ephemeral range (32768 on Linux by default). */
function ephemeralStart(): number {
  try {
    const first = Number(
      readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').split(/\s+/)[0],
    );
    return Number.isInteger(first) && first > 12_000 ? first : 32_768;
  } catch {
    return 32_768;
  }
}

function claim(port: number): boolean {
  const file = join(CLAIMS, String(port));
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    try {
      if (Date.now() - statSync(file).mtimeMs < STALE_MS) return false;
      writeFileSync(file, String(process.pid));
    } catch {
      return false;
    }
  }
  if (mine.length === 0) process.once('exit', release);
  mine.push(file);
  return true;
}

function release(): void {
  for (const file of mine.splice(0)) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A loopback port that nothing listens on and no other test process has claimed. */
export async function freePort(): Promise<number> {
  mkdirSync(CLAIMS, { recursive: true });
  const low = 10_000;
  const high = ephemeralStart();
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (claim(port) && (await bindable(port))) return port;
  }
  throw new Error(`no free loopback port between ${low} and ${high} after 200 tries`);
}
