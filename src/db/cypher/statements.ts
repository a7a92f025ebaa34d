/** Named Cypher for citation statements. */
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

const PROJECT = `s {.*, citingId: citing.id, citedId: cited.id}`;

export const statementAbout = q(
  'statement.about',
  `UNWIND $ids AS id
   MATCH (s:Statement {id: id})-[:ABOUT]->(c)
   OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
   WITH id, c, parent ORDER BY c.name
   RETURN id AS key,
          collect(c {.*, kind: CASE WHEN c:Outcome THEN 'Outcome' ELSE 'InterventionType' END,
                  parentId: parent.id}) AS items`,
);

export const statementByIds = q(
  'statement.byIds',
  `UNWIND $ids AS id
   MATCH (citing:Paper)-[:MAKES]->(s:Statement {id: id})-[:REFERS_TO]->(cited:Paper)
   RETURN id AS key, ${PROJECT} AS item`,
);

const FILTER = `WHERE ($polarity IS NULL OR s.polarity IN $polarity)
    AND ($section IS NULL OR s.section IN $section)
    AND ($purpose IS NULL OR s.purpose IN $purpose)
    AND ($minConfidence IS NULL OR s.confidence >= $minConfidence)
    AND ($source IS NULL OR s.source IN $source)
    AND ($citing IS NULL OR citing.id = $citing)
    AND ($cited IS NULL OR cited.id = $cited)
    AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(k) WHERE k.id IN $about })`;

/** Start points: a cited paper, a citing paper, or all statements (by polarity index when given). */
const START = {
  cited: `MATCH (cited:Paper {id: $cited})<-[:REFERS_TO]-(s:Statement)<-[:MAKES]-(citing:Paper)`,
  citing: `MATCH (citing:Paper {id: $citing})-[:MAKES]->(s:Statement)-[:REFERS_TO]->(cited:Paper)`,
  all: `MATCH (citing:Paper)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(cited:Paper)`,
} as const;
export type StatementStart = keyof typeof START;

const listCache = new Map<StatementStart, NamedQuery>();

/** A filtered page of statements, strongest confidence first. */
export function statementListQuery(start: StatementStart): NamedQuery {
  let query = listCache.get(start);
  if (!query) {
    query = q(
      `statements.list.${start}`,
      `CALL () { ${START[start]} ${FILTER} RETURN count(s) AS total }
CALL () { ${START[start]} ${FILTER}
  WITH s, citing, cited ORDER BY s.confidence IS NULL, s.confidence DESC, s.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(${PROJECT}) AS page }
RETURN total, page`,
    );
    listCache.set(start, query);
  }
  return query;
}

/**
 * Full-text statement search with the same filters, by relevance. The index is queried
 * once: the filtered hits are sorted and collected (node references only), counted, and
 * only the requested page is projected.
 */
export const statementSearch = q(
  'statements.search',
  `CALL db.index.fulltext.queryNodes('statement_text', $search) YIELD node AS s, score
MATCH (citing:Paper)-[:MAKES]->(s)-[:REFERS_TO]->(cited:Paper)
${FILTER}
WITH s, citing, cited, score ORDER BY score DESC, s.id
WITH collect({s: s, citing: citing, cited: cited, score: score}) AS hits
CALL (hits) {
  UNWIND hits[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS h
  WITH h, h.s AS s
  RETURN collect({node: s {.*, citingId: h.citing.id, citedId: h.cited.id}, score: h.score}) AS page
}
RETURN size(hits) AS total, page`,
);
