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
import { CITED_ITEM } from './cited-item.js';

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
WHERE ${STATEMENT_MATCH}
WITH DISTINCT b
WHERE ($yearFrom IS NULL OR b.year >= $yearFrom)
  AND ($yearTo IS NULL OR b.year <= $yearTo)
ORDER BY coalesce(b.citingPaperCount, 0) DESC, b.id
LIMIT toInteger($take)
RETURN b {.*} AS paper`;
}

/**
 * The papers one hop from $frontier, best ranked first (most cited, then id), at most $take
 * of them. Papers already placed are not excluded here: testing each expansion against a
 * list of up to `limit` ids costs more than the whole level, so the caller asks for as many
 * more as it has placed and drops those itself (and one more than it has room for, to learn
 * whether the level was cut).
 */
export const networkLevel: Record<NetworkDirection, NamedQuery> = {
  OUT: q('network.level.out', levelText('OUT')),
  IN: q('network.level.in', levelText('IN')),
  BOTH: q('network.level.both', levelText('BOTH')),
};

/**
 * The citations made by each of the papers $ids that pass the statement filters, per paper,
 * as CITED_ITEM values. The caller keeps those whose cited
 * paper is in the network (a set lookup, where a list test per edge here would be linear).
 */
export const networkEdges = q(
  'network.edges',
  `UNWIND $ids AS id
MATCH (a:Paper {id: id})
RETURN id AS source, [(a)-[c:CITES]->(b:Paper) WHERE ${STATEMENT_MATCH} | ${CITED_ITEM}] AS cited`,
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
