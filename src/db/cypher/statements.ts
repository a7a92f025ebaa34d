/** Named Cypher for citation statements. */
import type { NamedQuery } from '../executor.js';
import { queryMemo, statementConditions, where, type StatementFilterShape } from './shape.js';
import { heldLabelSource } from './writes.js';
import { LINK_SOURCE } from './papers.js';
import { paperMap, projectionKey, statementMap, type Projection } from './projection.js';

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

/** A statement's ABOUT links with their provenance (Statement.aboutLinks). */
export const statementAboutLinks = q(
  'statement.aboutLinks',
  `UNWIND $ids AS id
   MATCH (s:Statement {id: id})-[r:ABOUT]->(c)
   OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
   WITH id, r, c, parent ORDER BY c.name, c.id
   RETURN id AS key,
          collect({relation: 'ABOUT', sources: r.sources, verified: r.verified, ${LINK_SOURCE('r')},
                   concept: c {.*, kind: CASE WHEN c:Outcome THEN 'Outcome' ELSE 'InterventionType' END,
                               parentId: parent.id}}) AS items`,
);

/**
 * For keys `citing|cited|polarity`: whether every statement of that citation with
 * that polarity has a MODEL polarity (the explorer draws such an edge dashed);
 * false when it has none.
 */
export const edgeModelPolarity = q(
  'statement.edgeModelPolarity',
  `UNWIND $keys AS key
   WITH key, split(key, '|') AS k
   MATCH (a:Paper {id: k[0]})
   RETURN key, COLLECT {
     MATCH (a)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(:Paper {id: k[1]}) WHERE s.polarity = k[2]
     RETURN ${heldLabelSource('s', 'polarity')}
   } AS held`,
);

/** Which statement filters a request sets (never their values): what the text depends on. */
export interface StatementShape extends StatementFilterShape {
  purpose: boolean;
  source: boolean;
  citing: boolean;
  cited: boolean;
  /** Provenance names (StatementWhere.sources); absent: not filtered. */
  sources?: boolean;
  /** Who set the purpose, in $purposeSource; absent: not filtered. */
  purposeSource?: boolean;
}

/**
 * The WHERE clause for the filters a shape sets (shape.ts). `skip` drops the paper test
 * the start pattern already makes.
 */
function filterText(shape: StatementShape, skip?: 'citing' | 'cited'): string {
  return where([
    ...statementConditions(shape),
    shape.purpose && 's.purpose IN $purpose',
    shape.source && 's.source IN $source',
    shape.sources === true && 'any(x IN coalesce(s.sources, []) WHERE x IN $sources)',
    shape.purposeSource === true && `${heldLabelSource('s', 'purpose')} IN $purposeSource`,
    shape.citing && skip !== 'citing' && 'citing.id = $citing',
    shape.cited && skip !== 'cited' && 'cited.id = $cited',
  ]);
}

/** Start points: a cited paper, a citing paper, or all statements. */
const START = {
  cited: `MATCH (cited:Paper {id: $cited})<-[:REFERS_TO]-(s:Statement)<-[:MAKES]-(citing:Paper)`,
  citing: `MATCH (citing:Paper {id: $citing})-[:MAKES]->(s:Statement)-[:REFERS_TO]->(cited:Paper)`,
  all: `MATCH (citing:Paper)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(cited:Paper)`,
} as const;
export type StatementStart = keyof typeof START;

/**
 * A page row: the statement, and both of its papers so that `citing` / `cited` need no
 * second round trip (the repository hands them to the paper loader).
 */
const ROW = (p: RowProjection = WHOLE) =>
  `{node: ${statementMap('s', p.statement, 'citingId: citing.id, citedId: cited.id')}, citing: ${paperMap('citing', p.paper)}, cited: ${paperMap('cited', p.paper)}`;

/** What a page row reads of its statement and of its two papers (null: whole). */
export interface RowProjection {
  statement: Projection;
  paper: Projection;
}
const WHOLE: RowProjection = { statement: null, paper: null };
const rowKey = (p: RowProjection) => `${projectionKey(p.statement)}|${projectionKey(p.paper)}`;

/** Projects the page of collected `hits` ({s, citing, cited[, score]}). */
const PAGE = (p: RowProjection, extra = '') => `CALL (hits) {
  UNWIND hits[toInteger($offset)..toInteger($offset) + toInteger($limit)] AS h
  WITH h, h.s AS s, h.citing AS citing, h.cited AS cited
  RETURN collect(${ROW(p)}${extra}}) AS page
}
RETURN size(hits) AS total, page`;

const memoised = queryMemo();

/**
 * A filtered page of statements, strongest confidence first. Parameters: the value of
 * each filter the shape sets, $offset and $limit. One row: {total, page}.
 *
 * From one paper the matches are few: they are sorted and collected once. Over all
 * statements they may be millions, so the count and a bounded top-k sort run separately.
 */
export function statementListQuery(
  start: StatementStart,
  shape: StatementShape,
  projection: RowProjection = WHOLE,
): NamedQuery {
  // Built inside the memo: a text is made once per shape, not once per request.
  return memoised(`list|${start}|${JSON.stringify(shape)}|${rowKey(projection)}`, () => {
    const match = `${START[start]}${filterText(shape, start === 'all' ? undefined : start)}`;
    const order = 'ORDER BY s.confidence IS NULL, s.confidence DESC, s.id';
    const text =
      start === 'all'
        ? `CALL () { ${match}
  RETURN count(s) AS total }
CALL () { ${match}
  WITH s, citing, cited ${order}
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(${ROW(projection)}}) AS page }
RETURN total, page`
        : `${match}
WITH s, citing, cited ${order}
WITH collect({s: s, citing: citing, cited: cited}) AS hits
${PAGE(projection)}`;
    return q(`statements.list.${start}`, text);
  });
}

/**
 * Full-text statement search with the same filters, by relevance. The index is queried
 * once: the filtered hits are sorted and collected (node references only), counted, and
 * only the requested page is projected. Parameters as the list, plus $search.
 */
export function statementSearchQuery(
  shape: StatementShape,
  projection: RowProjection = WHOLE,
): NamedQuery {
  return memoised(`search|${JSON.stringify(shape)}|${rowKey(projection)}`, () =>
    q(
      'statements.search',
      `CALL db.index.fulltext.queryNodes('statement_text', $search) YIELD node AS s, score
MATCH (citing:Paper)-[:MAKES]->(s)-[:REFERS_TO]->(cited:Paper)${filterText(shape)}
WITH s, citing, cited, score ORDER BY score DESC, s.id
WITH collect({s: s, citing: citing, cited: cited, score: score}) AS hits
${PAGE(projection, ', score: h.score')}`,
    ),
  );
}
