/**
 * Starts and stops the embedded Neo4j (launcher/, a real Neo4j Community 5.26
 * engine with a Bolt connector on 127.0.0.1) as a child JVM.
 *
 * The JVM's stdin is a pipe from this process: when Node exits for any reason,
 * even kill -9, the pipe closes and the launcher shuts Neo4j down, so no JVM
 * outlives the process that started it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedConfig } from '../config.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const LAUNCHER_DIR = join(ROOT, 'launcher');
const JAR = join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');
const MAIN_CLASS = 'org.evidencegraph.launcher.EmbeddedNeo4j';
/** The JVM's dynamic class-data archive of the launcher's classes (./class-archive.ts builds it). */
export const CLASS_ARCHIVE = join(LAUNCHER_DIR, 'target', 'neo4j-classes.jsa');

/** Raised when the embedded database cannot be built or started; the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM and waits until it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

function findOnPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

function javaBinary(javaHome: string | undefined): string | null {
  if (javaHome && existsSync(join(javaHome, 'bin', 'java'))) return join(javaHome, 'bin', 'java');
  return findOnPath('java');
}

const NO_JAVA =
  'Neither NEO4J_URI nor a Java runtime is available. Either set NEO4J_URI (plus NEO4J_USERNAME, ' +
  'NEO4J_PASSWORD) to use an existing Neo4j 5 server or Aura, or install JDK 17+ and Maven ' +
  '(Debian: apt-get install openjdk-17-jdk-headless maven) so the embedded Neo4j can be built and started.';

/**
 * The class archive when it was made from the jar as it is now, else null. The JVM checks
 * the class path itself too and, with its CDS logging off, silently runs without an
 * archive that does not match (another JDK, a rebuilt library), so a stale archive costs
 * only the start-up time it would have saved.
 */
export function freshClassArchive(): string | null {
  return existsSync(CLASS_ARCHIVE) &&
    existsSync(JAR) &&
    statSync(CLASS_ARCHIVE).mtimeMs >= statSync(JAR).mtimeMs
    ? CLASS_ARCHIVE
    : null;
}

/**
 * Heap and collector, the class archive if any, then the caller's options
 * (NEO4J_JVM_OPTS), which come last so that they win (`-Xshare:off` turns the archive
 * off). G1 is the default; an option that picks another collector replaces it, since the
 * JVM refuses to start with two.
 */
export function jvmArgs(
  heap: string,
  options: readonly string[] = [],
  archive: string | null = freshClassArchive(),
): string[] {
  const picksCollector = options.some((o) => /^-XX:\+Use\w+GC$/.test(o));
  const shared = archive
    ? [`-XX:SharedArchiveFile=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off']
    : [];
  return [`-Xmx${heap}`, ...(picksCollector ? [] : ['-XX:+UseG1GC']), ...shared, ...options];
}

/**
 * True when the jar is newer than the pom and every launcher source: a checkout that
 * changes the launcher (a new -Deg.* property, a new setting) rebuilds it instead of
 * running the old jar, which would ignore what the new code passes.
 */
function launcherIsBuilt(): boolean {
  if (!existsSync(JAR) || !existsSync(LIB)) return false;
  const sources = readdirSync(join(LAUNCHER_DIR, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs);
  const newest = Math.max(statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs, ...sources);
  return statSync(JAR).mtimeMs >= newest && readdirSync(LIB).length > 0;
}

/** Builds launcher/ with Maven unless an up-to-date build exists. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  if (launcherIsBuilt()) return;
  const mvn = findOnPath('mvn');
  if (!mvn) throw new EmbeddedNeo4jError(NO_JAVA);
  log('building the embedded Neo4j launcher with Maven (first run, or launcher/ changed)…');
  const r = spawnSync(
    mvn,
    ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.status !== 0) {
    throw new EmbeddedNeo4jError(
      `Maven could not build launcher/ (exit ${r.status}). Run "mvn -f launcher/pom.xml package" to see why, or set NEO4J_URI.`,
    );
  }
}

/** Starts the embedded Neo4j and resolves once Bolt accepts queries. */
export async function startEmbeddedNeo4j(
  config: EmbeddedConfig,
  log: (line: string) => void = () => {},
  timeoutMs = 180_000,
): Promise<EmbeddedNeo4j> {
  const java = javaBinary(config.javaHome);
  if (!java) throw new EmbeddedNeo4jError(NO_JAVA);
  ensureLauncherBuilt(log);
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    java,
    [
      `-Xms${config.heap}`,
      ...jvmArgs(config.heap, config.jvmOptions),
      `-Deg.dataDir=${dataDir}`,
      `-Deg.boltPort=${config.boltPort}`,
      `-Deg.pageCache=${config.pageCache}`,
      '-cp',
      `${JAR}${delimiter}${join(LIB, '*')}`,
      MAIN_CLASS,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const uri = await waitForReady(child, timeoutMs, log);
  return { uri, pid: child.pid ?? -1, stop: () => stopChild(child) };
}

function waitForReady(
  child: ChildProcess,
  timeoutMs: number,
  log: (l: string) => void,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stderrTail = '';
    let stdoutBuf = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`embedded Neo4j did not start within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-4000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBuf += chunk.toString();
      const m = /READY (bolt:\/\/\S+)/.exec(stdoutBuf);
      if (m?.[1]) {
        clearTimeout(timer);
        log(`embedded Neo4j ready at ${m[1]} (pid ${child.pid})`);
        resolvePromise(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const failed = /FAILED (.*)/.exec(stderrTail)?.[1];
      reject(
        new EmbeddedNeo4jError(
          `embedded Neo4j exited with status ${code} before it was ready: ${failed ?? stderrTail.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      );
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const hardKill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(hardKill);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** What an offline Neo4j admin command printed and how it ended. */
export interface AdminRun {
  code: number;
  output: string;
}

/**
 * Runs a `neo4j-admin` command (e.g. `database import full …`) in its own JVM
 * against the store under `home`, the same directory the embedded engine uses
 * as its home. The store must not be open: admin commands work offline. The
 * JVM is killed if this process exits first.
 */
export async function runNeo4jAdmin(
  args: string[],
  config: { home: string; heap: string; javaHome?: string; jvmOptions?: readonly string[] },
  log: (line: string) => void = () => {},
): Promise<AdminRun> {
  const java = javaBinary(config.javaHome);
  if (!java) throw new EmbeddedNeo4jError(NO_JAVA);
  ensureLauncherBuilt(log);
  const home = resolve(config.home);
  const conf = join(home, 'conf');
  mkdirSync(conf, { recursive: true });
  const child = spawn(
    java,
    [
      ...jvmArgs(config.heap, config.jvmOptions),
      '-cp',
      `${JAR}${delimiter}${join(LIB, '*')}`,
      'org.neo4j.cli.AdminTool',
      ...args,
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-64_000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  try {
    const code = await new Promise<number>((done, fail) => {
      child.once('error', fail);
      child.once('exit', (c, signal) => done(c ?? (signal ? 128 : 1)));
    });
    return { code, output };
  } finally {
    process.removeListener('exit', killOnExit);
  }
}
