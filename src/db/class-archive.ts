/**
 * The embedded Neo4j's class-data archive (JDK dynamic CDS): the classes the launcher
 * loads to start Neo4j and to plan and run queries, parsed and verified once and mapped
 * into every later JVM instead of being loaded from the jars again. On the 2-core
 * machine a start-up takes about a third less CPU with it (bench/RESULTS.md); the test
 * suite starts a dozen such JVMs and `npm start` one.
 *
 * It is a build product, made next to the jar by `evidence-graph build-launcher` (which
 * `.ci/run` calls), by the test setup and by `serve` when it is missing or older than the
 * jar: one JVM starts with -XX:ArchiveClassesAtExit on a throw-away store, runs the
 * schema and a few queries of each kind, and writes the archive as it exits. Nothing
 * depends on it: without one, or with one the JVM rejects, Neo4j starts as before.
 */
import { mkdtempSync, renameSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from './driver.js';
import { CLASS_ARCHIVE, freshClassArchive, startEmbeddedNeo4j } from './embedded.js';
import { Executor } from './executor.js';
import { freePort } from './ports.js';
import { applySchema } from './schema.js';

/** Queries of the shapes the service runs, so that their planner and runtime classes are archived. */
const WARM_UP: { name: string; text: string }[] = [
  {
    name: 'archive.write',
    text: `UNWIND range(1, 50) AS i
           MERGE (p:Paper {id: 'archive-' + i})
           SET p.title = 'Archive paper ' + i, p.year = 2000 + i % 20
           WITH p, i WHERE i > 1
           MATCH (q:Paper {id: 'archive-' + (i - 1)})
           MERGE (p)-[c:CITES]->(q) SET c.statementCount = coalesce(c.statementCount, 0) + 1`,
  },
  {
    name: 'archive.read',
    text: `MATCH (p:Paper)-[c:CITES]->(q:Paper) WHERE p.year >= $year
           OPTIONAL MATCH (q)-[:CITES]->(r:Paper)
           WITH p, q, count(r) AS n ORDER BY p.id DESC SKIP 1 LIMIT 10
           RETURN p {.id, .title}, collect(q.id) AS cited, sum(n) AS further`,
  },
  {
    name: 'archive.subquery',
    text: `MATCH (p:Paper) WHERE p.id STARTS WITH 'archive-'
           CALL { WITH p MATCH (p)<-[:CITES]-(c) RETURN count(c) AS citing }
           RETURN p.id, citing ORDER BY citing DESC LIMIT 5`,
  },
  {
    name: 'archive.search',
    text: `CALL db.index.fulltext.queryNodes('paper_text', 'archive') YIELD node, score
           RETURN node.id, score LIMIT 5`,
  },
  { name: 'archive.delete', text: `MATCH (p:Paper) DETACH DELETE p` },
];

/**
 * Builds the class archive unless a fresh one exists. Failure is reported through `log`
 * and otherwise ignored: the archive only saves time.
 */
export async function ensureClassArchive(
  config: { javaHome?: string; jvmOptions?: readonly string[] } = {},
  log: (line: string) => void = () => {},
): Promise<void> {
  if (freshClassArchive()) return;
  log('writing the embedded Neo4j class archive (once per launcher build)…');
  const work = mkdtempSync(join(tmpdir(), 'evidence-graph-cds-'));
  const partial = `${CLASS_ARCHIVE}.${process.pid}.tmp`;
  try {
    const neo4j = await startEmbeddedNeo4j({
      dataDir: join(work, 'store'),
      boltPort: await freePort(),
      heap: '512m',
      pageCache: '64m',
      javaHome: config.javaHome,
      jvmOptions: [...(config.jvmOptions ?? []), `-XX:ArchiveClassesAtExit=${partial}`],
    });
    const db = new Executor(createDriver({ uri: neo4j.uri }));
    try {
      await applySchema(db);
      for (const query of WARM_UP) await db.write(query, { year: 2005 });
    } finally {
      await db.driver.close();
      await neo4j.stop();
    }
    if (!existsSync(partial)) throw new Error('the JVM wrote no archive');
    renameSync(partial, CLASS_ARCHIVE);
  } catch (error) {
    log(
      `no class archive (${error instanceof Error ? error.message : String(error)}); Neo4j starts without one`,
    );
  } finally {
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
