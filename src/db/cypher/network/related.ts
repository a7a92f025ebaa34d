/**
 * Named Cypher for what relates papers through citations, batched over $ids so a list of
 * papers costs one round trip per field: co-citation, bibliographic coupling and citations
 * per year of the citing paper (read from the CITES counters).
 */
import type { NamedQuery } from '../../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

// There is at most one CITES edge per ordered pair of papers (the writer MERGEs, the bulk load
// dedupes), so each path in the pattern is one distinct shared paper: count(*) is exact and
// spares hashing every intermediate paper of a hub's neighbourhood. CITES joins papers only,
// so the pattern names no label past `p`: a label test on every node of a hub's
// neighbourhood was a third of the query's work.
//
// The ranking reads no property of the thousands of candidates: they are grouped by their
// count, and only the papers of the best $first counts (which hold the best $first papers,
// ties on the last count included, since every group has a paper) are ordered by id. Ordering
// all candidates by (shared, o.id) read every candidate's id.
function ranked(pattern: string): string {
  return `UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  MATCH ${pattern}
  WHERE o <> p
  WITH o, count(*) AS shared
  WITH shared, collect(o) AS tied
  ORDER BY shared DESC
  LIMIT toInteger($first)
  UNWIND tied AS o
  WITH o, shared
  ORDER BY shared DESC, o.id
  LIMIT toInteger($first)
  RETURN collect({paper: o {.*}, shared: shared}) AS items
}
RETURN id AS key, items`;
}

/** Papers cited together with each paper: `shared` = distinct papers citing both. */
export const coCited = q('network.coCited', ranked('(p)<-[:CITES]-()-[:CITES]->(o)'));

/** Papers sharing references with each paper: `shared` = distinct references in common. */
export const coupled = q('network.coupled', ranked('(p)-[:CITES]->()<-[:CITES]-(o)'));

/** Citations of each paper grouped by the citing paper's year, oldest first. */
export const citationsByYear = q(
  'network.citationsByYear',
  `UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  MATCH (p)<-[c:CITES]-(citing:Paper)
  WHERE citing.year IS NOT NULL
  WITH citing.year AS year, count(DISTINCT citing) AS citingPapers,
       sum(coalesce(c.statementCount, 0)) AS statements,
       sum(coalesce(c.supporting, 0)) AS supporting, sum(coalesce(c.mentioning, 0)) AS mentioning,
       sum(coalesce(c.contrasting, 0)) AS contrasting,
       sum(coalesce(c.unclassified, 0)) AS unclassified
  ORDER BY year
  RETURN collect({year: year, citingPapers: citingPapers, statements: statements,
    supporting: supporting, mentioning: mentioning, contrasting: contrasting,
    unclassified: unclassified}) AS items
}
RETURN id AS key, items`,
);
