/**
 * A page of citations (incoming) or references (outgoing) for a batch of
 * anchor papers, with the statements each edge carries, in one round trip.
 *
 * The CitationWhere contract: statement filters (polarity, section,
 * minConfidence, about) select the statements listed on each edge, and when
 * any is given, edges with no matching statement are dropped.
 *
 * The text is built for the request's *shape* (which filters are set, the order),
 * not for its values: values are always $parameters. A filter that is not set is
 * left out of the text instead of being written as `$x IS NULL OR …`, because
 * Neo4j plans and runs every such guard; an unset self-citation test alone ran an
 * author join per row (op 2 of the side-by-side benchmark: ~10k of its 13k db hits).
 * Texts are memoised per shape, so there are at most a few hundred of them and each
 * is planned once.
 */
import type { NamedQuery } from '../executor.js';

export type CitationDirection = 'citations' | 'references';

/** Which filters a request sets, and its order; never the values themselves. */
export interface CitationShape {
  polarity: boolean;
  section: boolean;
  minConfidence: boolean;
  about: boolean;
  yearFrom: boolean;
  yearTo: boolean;
  /** null: self-citations are not filtered; true: only them; false: none of them. */
  selfCitation: boolean | null;
  orderField: 'YEAR' | 'CONFIDENCE';
  descending: boolean;
}

/** True when the shape constrains statements, so edges without a matching statement drop out. */
export const filtersStatements = (s: CitationShape): boolean =>
  s.polarity || s.section || s.minConfidence || s.about;

// Fixed patterns per direction; `other` is the paper on the far end of the edge.
const PATTERN: Record<
  CitationDirection,
  {
    edge: string;
    statements: string;
    fromStatements: string;
    cites: string;
    ids: (other: string) => string;
  }
> = {
  citations: {
    edge: '(other:Paper)-[:CITES]->(anchor)',
    statements: '(other)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(anchor)',
    fromStatements: '(anchor)<-[:REFERS_TO]-(s:Statement)<-[:MAKES]-(other:Paper)',
    cites: '(other)-[:CITES]->(anchor)',
    ids: (other) => `citingId: ${other}.id, citedId: anchor.id`,
  },
  references: {
    edge: '(anchor)-[:CITES]->(other:Paper)',
    statements: '(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other)',
    fromStatements: '(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other:Paper)',
    cites: '(anchor)-[:CITES]->(other)',
    ids: (other) => `citingId: anchor.id, citedId: ${other}.id`,
  },
};

const SELF_CITATION = 'EXISTS { MATCH (anchor)<-[:AUTHORED]-(:Author)-[:AUTHORED]->(other) }';

function where(conditions: (string | false)[], indent: string): string {
  const set = conditions.filter((c): c is string => c !== false);
  return set.length === 0 ? '' : `\n${indent}WHERE ${set.join(`\n${indent}  AND `)}`;
}

/** Conditions on the cited/citing paper and the edge (year range, self-citation). */
function paperConditions(s: CitationShape): (string | false)[] {
  return [
    s.yearFrom && 'other.year >= $yearFrom',
    s.yearTo && 'other.year <= $yearTo',
    s.selfCitation === true && SELF_CITATION,
    s.selfCitation === false && `NOT ${SELF_CITATION}`,
  ];
}

/** Sort keys: the order's value with nulls last, then the paper id as the tie-breaker. */
function orderBy(key: string, s: CitationShape): string {
  return `ORDER BY ${key} IS NULL, ${key}${s.descending ? ' DESC' : ''}, other.id`;
}

/**
 * Every edge of the anchor, filtered on the far paper only; statements are all of the
 * edge's. By year, the page is cut first and statements are read for its rows only.
 */
function edgeFirst(direction: CitationDirection, s: CitationShape): string {
  const p = PATTERN[direction];
  if (s.orderField === 'YEAR') {
    const statements = `COLLECT { MATCH ${p.statements}
      WITH s ORDER BY s.confidence DESC, s.id
      RETURN s {.*, ${p.ids('other')}} }`;
    return `CALL (anchor) {
  MATCH ${p.edge}${where(paperConditions(s), '  ')}
  WITH other ${orderBy('other.year', s)}
  WITH collect(other) AS others
  RETURN size(others) AS total,
    [other IN others[$offset..($offset + $limit)] | {paper: other {.*}, statements: ${statements}}] AS page
}`;
  }
  return `CALL (anchor) {
  MATCH ${p.edge}${where(paperConditions(s), '  ')}
  CALL (anchor, other) {
    OPTIONAL MATCH ${p.statements}
    WITH s ORDER BY s.confidence DESC, s.id
    RETURN collect(s {.*, ${p.ids('other')}}) AS statements, max(s.confidence) AS maxConfidence
  }
  WITH other, statements ${orderBy('maxConfidence', s)}
  WITH collect({paper: other {.*}, statements: statements}) AS rows
  RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page
}`;
}

/**
 * Only edges with a matching statement: starts from the anchor's statements (far fewer
 * than its citations on a well-cited paper), keeps node references until the page is
 * cut, and projects only the page's papers and statements.
 */
function statementFirst(direction: CitationDirection, s: CitationShape): string {
  const p = PATTERN[direction];
  const conditions = [
    s.polarity && 's.polarity IN $polarity',
    s.section && 's.section IN $section',
    s.minConfidence && 's.confidence >= $minConfidence',
    s.about && 'EXISTS { MATCH (s)-[:ABOUT]->(k) WHERE k.id IN $about }',
    s.yearFrom && 'other.year >= $yearFrom',
    s.yearTo && 'other.year <= $yearTo',
  ];
  const edge = [
    `EXISTS { MATCH ${p.cites} }`,
    s.selfCitation === true && SELF_CITATION,
    s.selfCitation === false && `NOT ${SELF_CITATION}`,
  ];
  const key = s.orderField === 'CONFIDENCE' ? 'maxConfidence' : 'other.year';
  return `CALL (anchor) {
  MATCH ${p.fromStatements}${where(conditions, '  ')}
  WITH anchor, other, s ORDER BY s.confidence DESC, s.id
  WITH anchor, other, collect(s) AS statements, max(s.confidence) AS maxConfidence${where(edge, '  ')}
  WITH other, statements, maxConfidence ${orderBy(key, s)}
  WITH collect({paper: other, statements: statements}) AS rows
  RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] |
    {paper: properties(row.paper), statements: [s IN row.statements | s {.*, ${p.ids('row.paper')}}]}] AS page
}`;
}

const memo = new Map<string, NamedQuery>();

/**
 * The page query for `direction` and `shape`. Parameters: $ids, $offset, $limit, and the
 * value of each filter the shape sets ($polarity, $section, $minConfidence, $about,
 * $yearFrom, $yearTo). Rows: {key: anchor id, total, page: [{paper, statements}]}.
 */
export function citationPageQuery(direction: CitationDirection, shape: CitationShape): NamedQuery {
  const key = `${direction}|${JSON.stringify(shape)}`;
  let query = memo.get(key);
  if (!query) {
    const byStatements = filtersStatements(shape);
    query = {
      name: `paper.${direction}${byStatements ? '.byStatements' : ''}`,
      text: `UNWIND $ids AS pid
MATCH (anchor:Paper {id: pid})
${byStatements ? statementFirst(direction, shape) : edgeFirst(direction, shape)}
RETURN pid AS key, total, page`,
    };
    memo.set(key, query);
  }
  return query;
}
