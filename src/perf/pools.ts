/**
 * Bench fixtures read from (and, once, added to) the loaded corpus. The synthetic import
 * formats carry no STUDIES / MEASURES tags and no provider tallies, so `enrich` derives
 * them the way curated data has them: a paper reporting a finding studies its intervention
 * and measures its outcome, and papers cited at least 5 times get a scite-like tally.
 *
 * Lives in src/perf because the benchmarks (bench/) and the test suite both use it and
 * tests never import bench/; nothing shipped imports src/perf.
 */
import type { Driver } from 'neo4j-driver';
import type { Pools } from './ops.js';

// Batched (IN TRANSACTIONS, so auto-commit sessions): at 1M papers one transaction for all
// the tallies outgrows the default transaction memory limit.
const ENRICH = [
  `MATCH (f:Finding) WHERE f.id IS NOT NULL
   CALL (f) {
     MATCH (p:Paper)-[:REPORTS]->(f)-[:OF]->(i:InterventionType), (f)-[:ON]->(o:Outcome)
     MERGE (p)-[:STUDIES]->(i) MERGE (p)-[:MEASURES]->(o)
   } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH (p:Paper) WHERE p.citingPaperCount >= 5
   CALL (p) {
     MERGE (t:ExternalTally {id: 'bench-scite:' + p.id})
     SET t.source = 'scite', t.asOf = '2025-01-01', t.citingPublications = p.citingPaperCount * 3 + 1,
         t.statements = p.citingPaperCount * 4, t.supporting = p.citingPaperCount,
         t.mentioning = p.citingPaperCount * 3 - 1, t.contrasting = 1, t.unclassified = 0
     MERGE (p)-[:HAS_EXTERNAL_TALLY]->(t)
   } IN TRANSACTIONS OF 10000 ROWS`,
];

/** Adds the bench-only tags and tallies (idempotent). */
export async function enrich(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const text of ENRICH) await session.run(text);
  } finally {
    await session.close();
  }
}

const col = async <T>(driver: Driver, text: string, params = {}): Promise<T[]> =>
  (await driver.executeQuery(text, params, { routing: 'READ' })).records.map((r) => r.get(0) as T);

/** The parameter pools every arm draws from, in a fixed order. */
export async function readPools(driver: Driver): Promise<Pools> {
  const top = (
    await driver.executeQuery(
      `MATCH (p:Paper) WHERE p.citingPaperCount > 0 AND p.doi IS NOT NULL
       WITH p ORDER BY p.citingPaperCount DESC, p.id LIMIT 1000
       RETURN p.id AS id, p.doi AS doi`,
    )
  ).records.filter((_, k) => k % 10 === 0);
  // Well-cited papers cite little (the generator's oldest papers), so references are read
  // from the papers that cite the most.
  const citing = await col<string>(
    driver,
    `MATCH (p:Paper) WHERE p.referenceCount > 0 AND p.doi IS NOT NULL
     WITH p ORDER BY p.referenceCount DESC, p.id LIMIT 1000
     RETURN p.doi`,
  );
  const pairs = await col<{ i: string; o: string; iAll: string[]; oAll: string[] }>(
    driver,
    `MATCH (i:InterventionType)<-[:STUDIES]-(p:Paper)-[:MEASURES]->(o:Outcome)
     WITH i, o, count(p) AS n ORDER BY n DESC, i.id, o.id
     RETURN {i: i.id, o: o.id,
       iAll: COLLECT { MATCH (i)<-[:SUBTYPE_OF*0..]-(d:InterventionType) RETURN d.id },
       oAll: COLLECT { MATCH (o)<-[:SUBTYPE_OF*0..]-(d:Outcome) RETURN d.id }}`,
  );
  const dois = top.map((r) => r.get('doi') as string);
  return {
    dois,
    ids: top.map((r) => r.get('id') as string),
    citingDois: citing.filter((_, k) => k % 10 === 0),
    pairs,
    // Statement texts quote the citing and cited paper numbers ("… 123>45: …").
    terms: dois.map((d) => d.slice(d.lastIndexOf('.') + 1)),
    domains: await col<string>(
      driver,
      `MATCH (o:Outcome)<-[:ON]-(:Finding) WHERE o.domain IS NOT NULL
       RETURN DISTINCT o.domain ORDER BY o.domain`,
    ),
  };
}
