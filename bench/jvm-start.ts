/**
 * Embedded Neo4j start-up cost with and without the class archive (not a test):
 * `npm run bench:jvm-start [-- --rounds 5]`. Each round starts the launcher on a new
 * store, applies the schema, runs one query and stops it, once with the archive
 * (src/db/class-archive.ts) and once with it moved aside, alternating so that load on
 * a shared machine falls on both arms alike. The figure is the JVM's CPU seconds
 * (user + system, from /proc) up to the end of that first query, which is what a
 * start costs the machine, and the wall time. JVM options: NEO4J_JVM_OPTS, else the
 * test suite's. Appends a section to bench/RESULTS.md (`--print-only` to skip).
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureClassArchive } from '../src/db/class-archive.js';
import { createDriver } from '../src/db/driver.js';
import { CLASS_ARCHIVE, freshClassArchive, startEmbeddedNeo4j } from '../src/db/embedded.js';
import { Executor } from '../src/db/executor.js';
import { freePort } from '../src/db/ports.js';
import { applySchema } from '../src/db/schema.js';
import { fmt, intOption, log, median } from './lib/format.js';
import { appendResults, machineFacts } from './lib/machine.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string' },
    'print-only': { type: 'boolean', default: false },
  },
});
const rounds = intOption(args.rounds, 5);
const jvmOptions = (
  process.env.NEO4J_JVM_OPTS ?? '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UseCodeCacheFlushing'
)
  .split(/\s+/)
  .filter(Boolean);

/** CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function oneStart(): Promise<{ cpu: number; wall: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'eg-jvm-start-'));
  const started = Date.now();
  const neo4j = await startEmbeddedNeo4j({
    dataDir: dir,
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '64m',
    javaHome: process.env.JAVA_HOME,
    jvmOptions,
  });
  const db = new Executor(createDriver({ uri: neo4j.uri }));
  try {
    await applySchema(db);
    await db.read({ name: 'bench.first', text: 'MATCH (p:Paper) RETURN count(p) AS n' });
    return { cpu: cpuSeconds(neo4j.pid), wall: (Date.now() - started) / 1000 };
  } finally {
    await db.driver.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await ensureClassArchive({ javaHome: process.env.JAVA_HOME, jvmOptions });
if (!freshClassArchive()) throw new Error('no class archive could be made');
const aside = `${CLASS_ARCHIVE}.aside`;
type Run = Awaited<ReturnType<typeof oneStart>>;
const runs: { with: Run[]; without: Run[] } = { with: [], without: [] };
const facts = machineFacts();
for (let r = 0; r < rounds; r++) {
  runs.with.push(await oneStart());
  renameSync(CLASS_ARCHIVE, aside);
  try {
    runs.without.push(await oneStart());
  } finally {
    if (existsSync(aside)) renameSync(aside, CLASS_ARCHIVE);
  }
  log(
    `round ${r + 1}: with ${fmt(runs.with[r]!.cpu, 2)} s CPU, without ${fmt(runs.without[r]!.cpu, 2)} s CPU`,
  );
}
const row = (name: string, xs: Run[]) =>
  `| ${name} | ${fmt(median(xs.map((x) => x.cpu)), 2)} | ${fmt(median(xs.map((x) => x.wall)), 2)} |`;
const section = [
  `## Embedded Neo4j start-up, with and without the class archive (${new Date().toISOString().slice(0, 10)})`,
  '',
  `Machine: ${facts}. JVM options: \`${jvmOptions.join(' ')}\`. Median of ${rounds} alternating rounds;`,
  'each round starts a new store, applies the schema, runs one query, and stops.',
  '',
  '| JVM | CPU s to first answer | wall s |',
  '| --- | ---: | ---: |',
  row('with launcher/target/neo4j-classes.jsa', runs.with),
  row('without', runs.without),
].join('\n');
console.log(section);
if (!args['print-only']) appendResults(join(ROOT, 'bench', 'RESULTS.md'), section);
