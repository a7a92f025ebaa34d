/**
 * Named Cypher for citation networks: seed lookup, one breadth-first level per round trip,
 * and the edges among the papers reached. Traversal patterns come from a fixed map per
 * direction; every value (ids, filters, limits) is a $parameter.
 *
 * Statement filter contract (as for CitationWhere): when $statementFilter is true an edge
 * qualifies only if the citing paper makes a statement about the cited one that matches
 * every given filter ($polarity, $section, $minConfidence, $about).
 */
import type { NamedQuery } from '../executor.js';

/** Which CITES edges a level follows from a frontier paper `a` to a neighbour `b`. */
export type NetworkDirection = 'IN' | 'OUT' | 'BOTH';

const q = (name: string, text: string): NamedQuery => ({ name, text });

const EDGE: Record<NetworkDirection, string> = {
  OUT: '(a)-[c:CITES]->(b:Paper)',
  IN: '(a)<-[c:CITES]-(b:Paper)',
  BOTH: '(a)-[c:CITES]-(b:Paper)',
};

/**
 * True when the citation `c` passes the statement filters (fixed text, shared by queries).
 * The subquery binds its ends from `c` first so that its plan starts from them, not from a
 * scan of every node.
 */
const STATEMENT_MATCH = `(NOT $statementFilter OR EXISTS {
    WITH startNode(c) AS citing, endNode(c) AS cited
    MATCH (citing)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(cited)
    WHERE ($polarity IS NULL OR s.polarity IN $polarity)
      AND ($section IS NULL OR s.section IN $section)
      AND ($minConfidence IS NULL OR s.confidence >= $minConfidence)
      AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(k) WHERE k.id IN $about }) })`;

/** Seed papers by graph id or normalised DOI: index seeks on both unique constraints. */
export const networkSeeds = q(
  'network.seeds',
  `CALL () {
  UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN p
  UNION
  UNWIND $dois AS doi MATCH (p:Paper {doi: doi}) RETURN p
}
RETURN p {.*} AS paper`,
);

function levelText(direction: NetworkDirection): string {
  return `UNWIND $frontier AS id
MATCH (a:Paper {id: id})
MATCH ${EDGE[direction]}
WHERE NOT b.id IN $visited
  AND ($yearFrom IS NULL OR b.year >= $yearFrom)
  AND ($yearTo IS NULL OR b.year <= $yearTo)
  AND ${STATEMENT_MATCH}
WITH DISTINCT b
ORDER BY coalesce(b.citingPaperCount, 0) DESC, b.id
LIMIT toInteger($take)
RETURN b {.*} AS paper`;
}

/**
 * The papers one hop from $frontier not yet in $visited, best ranked first (most cited, then
 * id), at most $take of them: a caller asks for one more than it has room for to learn
 * whether the level was cut.
 */
export const networkLevel: Record<NetworkDirection, NamedQuery> = {
  OUT: q('network.level.out', levelText('OUT')),
  IN: q('network.level.in', levelText('IN')),
  BOTH: q('network.level.both', levelText('BOTH')),
};

/** Every citation among the papers $ids that passes the statement filters, with its counters. */
export const networkEdges = q(
  'network.edges',
  `UNWIND $ids AS id
MATCH (a:Paper {id: id})-[c:CITES]->(b:Paper)
WHERE b.id IN $ids AND ${STATEMENT_MATCH}
RETURN a.id AS source, b.id AS target,
       coalesce(c.statementCount, 0) AS statementCount, coalesce(c.supporting, 0) AS supporting,
       coalesce(c.mentioning, 0) AS mentioning, coalesce(c.contrasting, 0) AS contrasting,
       coalesce(c.unclassified, 0) AS unclassified
ORDER BY source, target`,
);

// The hop bound must be literal in a variable-length pattern; it is picked from this fixed
// map by a validated integer, never written from input.
function pathText(maxHops: number): string {
  return `MATCH (a:Paper {id: $from})
MATCH (b:Paper {id: $to})
MATCH path = shortestPath((a)-[:CITES*1..${maxHops}]->(b))
RETURN [n IN nodes(path) | n {.*}] AS papers`;
}

/** One shortest directed citation path per allowed hop bound (1..6). */
export const citationPath: Readonly<Record<number, NamedQuery>> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((n) => [n, q(`network.path.${n}`, pathText(n))]),
);
