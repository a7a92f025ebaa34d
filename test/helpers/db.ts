/**
 * Test access to the real Neo4j started by test/setup/global-neo4j.ts: the
 * server of this worker's slot, which the running file has to itself.
 * Each integration file resets the database and writes its own scenario.
 */
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';
import { recordParams } from './params.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test' }), ...overrides };
}

/**
 * Bolt URI of this worker's database: the global setup starts one server per
 * pool slot and vitest numbers the slots 1..N in VITEST_POOL_ID. Child processes
 * a test starts (the CLI) get it as NEO4J_URI.
 */
export function neo4jUri(): string {
  const uris = inject('neo4jUris');
  if (uris.length === 1) return uris[0]!;
  const slot = Number(process.env.VITEST_POOL_ID);
  const uri = uris[slot - 1];
  if (!uri) {
    throw new Error(
      `no test database for worker slot ${process.env.VITEST_POOL_ID} (${uris.length} started)`,
    );
  }
  return uri;
}

/**
 * An executor on the test database; close its driver in afterAll. Every query it runs,
 * the service's included, is checked against the parameters it is sent (params.ts).
 */
export function testDatabase(): Executor {
  return new Executor(
    createDriver({
      uri: neo4jUri(),
      username: process.env.NEO4J_USERNAME,
      password: process.env.NEO4J_PASSWORD,
    }),
    { database: process.env.NEO4J_DATABASE, log: recordParams },
  );
}

/** Deletes every node and relationship, then re-applies constraints and indexes. */
export async function resetDatabase(db: Executor): Promise<void> {
  await db
    .write({
      name: 'test.reset',
      text: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    })
    .catch(async () => {
      // IN TRANSACTIONS needs an implicit transaction; fall back to one delete.
      await db.write({ name: 'test.resetPlain', text: 'MATCH (n) DETACH DELETE n' });
    });
  await applySchema(db);
}

/** Counts nodes and relationships, by label and type, for before/after comparisons. */
export async function graphCensus(db: Executor): Promise<Record<string, number>> {
  const rows = await db.read({
    name: 'test.census',
    text: `CALL () { MATCH (n) UNWIND labels(n) AS k RETURN 'node:' + k AS k, count(*) AS n
  UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS k, count(*) AS n }
RETURN k, n ORDER BY k`,
  });
  return Object.fromEntries(rows.map((r) => [r.k as string, r.n as number]));
}

/** Every paper's counters next to a full recount; equal when the counters are exact. */
export async function counterDrift(db: Executor): Promise<unknown[]> {
  return db.read({
    name: 'test.counterDrift',
    text: `MATCH (p:Paper)
WITH p,
  COUNT { (:Paper)-[:CITES]->(p) } AS citing, COUNT { (p)-[:CITES]->(:Paper) } AS refs,
  COUNT { (:Statement)-[:REFERS_TO]->(p) } AS st,
  COUNT { (s:Statement {polarity: 'SUPPORTING'})-[:REFERS_TO]->(p) } AS sup,
  COUNT { (s:Statement {polarity: 'MENTIONING'})-[:REFERS_TO]->(p) } AS men,
  COUNT { (s:Statement {polarity: 'CONTRASTING'})-[:REFERS_TO]->(p) } AS con,
  COUNT { (s:Statement {polarity: 'UNCLASSIFIED'})-[:REFERS_TO]->(p) } AS unc
WHERE p.citingPaperCount <> citing OR p.referenceCount <> refs OR p.statementCount <> st
   OR p.supportingCount <> sup OR p.mentioningCount <> men OR p.contrastingCount <> con OR p.unclassifiedCount <> unc
RETURN p.id AS id, [p.citingPaperCount, citing, p.referenceCount, refs, p.statementCount, st] AS drift
UNION ALL
MATCH (a:Paper)-[c:CITES]->(b:Paper)
WITH a, b, c, COUNT { (a)-[:MAKES]->(:Statement)-[:REFERS_TO]->(b) } AS n
WHERE c.statementCount <> n
RETURN a.id + '->' + b.id AS id, [c.statementCount, n] AS drift`,
  });
}
