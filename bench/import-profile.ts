/**
 * Where the transactional writer's time goes (not a test): `npm run bench:import-profile
 * [-- --papers 10000]`. Generates the synthetic corpus, imports it in this process into a
 * fresh embedded Neo4j (as bench/import.ts does, through the same runImport), and prints
 * wall time per named write query, the Node CPU and the JVM CPU of the run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../src/db/driver.js';
import { Executor, type WriteTx } from '../src/db/executor.js';
import { applySchema } from '../src/db/schema.js';
import { generateCorpus } from '../src/importers/generate/index.js';
import { fileSource, prepareImport, writePrepared } from '../src/importers/run.js';
import { startFreshNeo4j } from './lib/neo4j.js';
import * as creates from '../src/db/cypher/creates.js';
import { createPapers, createStatements } from '../src/importers/writer/create-rows.js';
import * as writes from '../src/db/cypher/writes.js';

type Plan = { operatorType: string; children: Plan[] };
const operators = (p: Plan): string[] => [
  p.operatorType.replace(/@.*/, ''),
  ...p.children.flatMap(operators),
];

/** CPU seconds (user + system) of process `pid` from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Wall time per query name, summed over every transaction; `commit: <first query>`: what the transactions took besides their queries. */
class TimedExecutor extends Executor {
  readonly byQuery = new Map<string, { n: number; ms: number }>();
  private add(name: string, started: number): void {
    const e = this.byQuery.get(name) ?? { n: 0, ms: 0 };
    e.n += 1;
    e.ms += performance.now() - started;
    this.byQuery.set(name, e);
  }
  override async read(...args: Parameters<Executor['read']>) {
    const t = performance.now();
    try {
      return await super.read(...args);
    } finally {
      this.add(args[0].name, t);
    }
  }
  override async writeTx<T>(work: (tx: WriteTx) => Promise<T>, ...rest: [never?, never?]) {
    const t = performance.now();
    let inQueries = 0;
    let first = '';
    try {
      return await super.writeTx(
        (tx) =>
          work({
            run: async (q, p) => {
              const started = performance.now();
              first ||= q.name;
              try {
                return await tx.run(q, p);
              } finally {
                this.add(q.name, started);
                inQueries += performance.now() - started;
              }
            },
          }),
        ...rest,
      );
    } finally {
      this.add(`commit: ${first}`, t + inQueries);
    }
  }
}

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '10000' },
    'batch-size': { type: 'string', default: '10000' },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'eg-profile-corpus-'));
const corpus = await generateCorpus({ papers: Number(values.papers), seed: 1, out: dir });
const neo = await startFreshNeo4j('4g', '4g');
const db = new TimedExecutor(createDriver({ uri: neo.uri, username: 'neo4j', password: '' }));
try {
  await applySchema(db);
  const [node0, jvm0, t0] = [process.cpuUsage(), cpuSeconds(neo.pid), performance.now()];
  const options = { batchSize: Number(values['batch-size']) };
  const prepared = await prepareImport(
    corpus.files.map((f) => fileSource(join(dir, f), 'auto')),
    options,
  );
  const parsed = (performance.now() - t0) / 1000;
  const summary = await writePrepared(db, prepared, options);
  const wall = (performance.now() - t0) / 1000;
  const node = process.cpuUsage(node0);
  const rels = await db.read({
    name: 'profile.rels',
    text: 'MATCH ()-[r]->() RETURN count(r) AS n',
  });
  console.log(
    `papers ${values.papers}: wall ${wall.toFixed(1)} s (parse ${parsed.toFixed(1)} s), relationships ${rels[0]!.n as number}, ` +
      `node CPU ${((node.user + node.system) / 1e6).toFixed(1)} s, ` +
      `JVM CPU ${(cpuSeconds(neo.pid) - jvm0).toFixed(1)} s, created ${summary.created}`,
  );
  const rows = [...db.byQuery].sort((a, b) => b[1].ms - a[1].ms);
  for (const [name, { n, ms }] of rows)
    console.log(
      `${name.padEnd(28)} ${String(n).padStart(6)} × ${(ms / 1000).toFixed(1).padStart(7)} s`,
    );
  // The plans of the heaviest write queries: an Eager or a scan here is a cost to look at.
  const explained = [
    createPapers,
    creates.createCitations,
    createStatements,
    creates.mergeCountedCitations,
    writes.resolvePapers,
    writes.applyPaperDeltas,
  ];
  const session = db.driver.session();
  try {
    for (const query of explained) {
      const result = await session.run(`EXPLAIN ${query.text}`);
      const plan = result.summary.plan as unknown as Plan;
      console.log(`${query.name}: ${operators(plan).join(' < ')}`);
    }
  } finally {
    await session.close();
  }
} finally {
  await db.driver.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
