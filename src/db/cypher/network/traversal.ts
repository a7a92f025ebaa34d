/**
 * Named Cypher for citation networks: seed lookup, one breadth-first level per round trip,
 * and the edges among the papers reached. Traversal patterns come from a fixed map per
 * direction; every value (ids, filters, limits) is a $parameter.
 *
 * Statement filter contract (as for CitationWhere): when a statement filter is given an edge
 * qualifies only if the citing paper makes a statement about the cited one that matches
 * every given filter ($polarity, $section, $minConfidence, $about). Level and edge queries
 * are built per filter shape, with only the filters that are set (see ../citations.ts).
 */
import type { Direction } from '../../../domain/network/options.js';
import type { NamedQuery } from '../../executor.js';
import { CITED_ITEM } from './cited-item.js';
import { paperMap, projectionKey, type PaperProjection } from '../projection.js';
import {
  queryMemo,
  statementConditions,
  where,
  type StatementFilterShape,
  type YearShape,
} from '../shape.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

// Which CITES edges a level follows from a frontier paper `a` to a neighbour `b`. CITES
// joins papers only (the writer makes no other), so `b` needs no label test: around a top
// paper at 10k the test was a quarter of a level's db hits (one per neighbour expanded).
const EDGE: Record<Direction, string> = {
  OUT: '(a)-[c:CITES]->(b)',
  IN: '(a)<-[c:CITES]-(b)',
  BOTH: '(a)-[c:CITES]-(b)',
};

/** Which network filters a request sets (never their values). */
export type NetworkShape = StatementFilterShape & YearShape;

/**
 * The test that citation `c` passes the statement filters the shape sets, or null when it
 * sets none. The subquery binds its ends from `c` first so that its plan starts from them,
 * not from a scan of every node.
 */
function statementMatch(shape: NetworkShape): string | null {
  const conditions = statementConditions(shape);
  if (conditions.length === 0) return null;
  return `EXISTS {
    WITH startNode(c) AS citing, endNode(c) AS cited
    MATCH (citing)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(cited)
    WHERE ${conditions.join('\n      AND ')} }`;
}

const memoised = queryMemo();

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

/**
 * The papers one hop from $frontier, best ranked first (most cited, then id), at most $take
 * of them, as their id and citingPaperCount only: the level is cut in process, and only the
 * papers kept are read whole (by networkEdgesQuery). Papers already placed are not excluded
 * here: testing each expansion against a list of up to `limit` ids costs more than the whole
 * level, so the caller asks for as many more as it has placed and drops those itself (and
 * one more than it has room for, to learn whether the level was cut).
 *
 * Each frontier paper contributes at most its own best $take neighbours (a top-k per paper,
 * not a sort of the whole union): a paper among the best $take of the union is among the
 * best $take of every frontier paper it neighbours, so the cap changes no answer, and a hub
 * in the frontier no longer floods the DISTINCT and the sort with its thousands.
 */
export function networkLevelQuery(direction: Direction, shape: NetworkShape): NamedQuery {
  return memoised(`level|${direction}|${JSON.stringify(shape)}`, () => {
    const years = [shape.yearFrom && 'b.year >= $yearFrom', shape.yearTo && 'b.year <= $yearTo'];
    return q(
      `network.level.${direction.toLowerCase()}`,
      `UNWIND $frontier AS id
MATCH (a:Paper {id: id})
CALL (a) {
  MATCH ${EDGE[direction]}${where([statementMatch(shape) ?? false])}
  WITH DISTINCT b${where(years)}
  ORDER BY coalesce(b.citingPaperCount, 0) DESC, b.id
  LIMIT toInteger($take)
  RETURN b
}
WITH DISTINCT b
ORDER BY coalesce(b.citingPaperCount, 0) DESC, b.id
LIMIT toInteger($take)
RETURN b.id AS id, b.citingPaperCount AS citingPaperCount`,
    );
  });
}

/**
 * Each of the papers $ids, whole or projected to `fields` (the properties the request's
 * selection reads: a network of 200 papers read whole, abstracts included, was most of what
 * the driver decoded for it), with the citations it makes to papers of $ids that pass the
 * statement filters, as CITED_ITEM values: one pass over the kept papers gives both the nodes
 * and the edges. Neo4j checks `IN` against a parameter list through a set it builds as it goes,
 * so filtering here costs one id read per citation and spares encoding, sending and decoding
 * the citations that leave the network (about 45 % of them around a top paper at 10k; db hits
 * 28k → 18k). CITES joins papers only, so `b` needs no label test.
 */
export function networkEdgesQuery(shape: NetworkShape, fields: PaperProjection = null): NamedQuery {
  const key = JSON.stringify({ ...shape, yearFrom: false, yearTo: false });
  return memoised(`edges|${key}|${projectionKey(fields)}`, () => {
    const statements = statementMatch(shape);
    return q(
      'network.edges',
      `UNWIND $ids AS id
MATCH (a:Paper {id: id})
RETURN id AS source, ${paperMap('a', fields)} AS paper,
  [(a)-[c:CITES]->(b) WHERE b.id IN $ids${statements ? ` AND ${statements}` : ''} | ${CITED_ITEM}] AS cited`,
    );
  });
}

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
