/**
 * A page of citations (incoming) or references (outgoing) for a batch of
 * anchor papers, with the statements each edge carries, in one round trip.
 *
 * The CitationWhere contract: statement filters (polarity, section,
 * minConfidence, about) select the statements listed on each edge, and when
 * any is given, edges with no matching statement are dropped.
 *
 * The text is built for the request's *shape* (which filters are set, the order;
 * see shape.ts). An unset self-citation test written as a guard ran an author join
 * per row (op 2 of the side-by-side benchmark: ~10k of its 13k db hits).
 */
import type { CitationDirection } from '../../domain/network/citation-edge.js';
import type { NamedQuery } from '../executor.js';
import {
  paperMap,
  projectionKey,
  statementMap,
  type PaperProjection,
  type Projection,
} from './projection.js';
import {
  queryMemo,
  statementConditions,
  where,
  type StatementFilterShape,
  type YearShape,
} from './shape.js';

// Defined with the citation-edge model; named here too for the loaders and repositories.
export type { CitationDirection };

/** Which filters a request sets, and its order; never the values themselves. */
export interface CitationShape extends StatementFilterShape, YearShape {
  /** null: self-citations are not filtered; true: only them; false: none of them. */
  selfCitation: boolean | null;
  /** Only edges whose CITES `sources` meet $sources (absent: not filtered). */
  sources?: boolean;
  orderField: 'YEAR' | 'CONFIDENCE';
  descending: boolean;
}

/** True when the shape constrains statements, so edges without a matching statement drop out. */
export const filtersStatements = (s: CitationShape): boolean =>
  s.polarity || s.section || s.minConfidence || s.about || s.polaritySource === true;

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
    edge: '(other:Paper)-[c:CITES]->(anchor)',
    statements: '(other)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(anchor)',
    fromStatements: '(anchor)<-[:REFERS_TO]-(s:Statement)<-[:MAKES]-(other:Paper)',
    cites: '(other)-[c:CITES]->(anchor)',
    ids: (other) => `citingId: ${other}.id, citedId: anchor.id`,
  },
  references: {
    edge: '(anchor)-[c:CITES]->(other:Paper)',
    statements: '(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other)',
    fromStatements: '(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other:Paper)',
    cites: '(anchor)-[c:CITES]->(other)',
    ids: (other) => `citingId: anchor.id, citedId: ${other}.id`,
  },
};

const SELF_CITATION = 'EXISTS { MATCH (anchor)<-[:AUTHORED]-(:Author)-[:AUTHORED]->(other) }';

/** The CITES edge `c` was asserted by one of $sources. */
const FROM_SOURCES = 'any(x IN coalesce(c.sources, []) WHERE x IN $sources)';

/** The provenance of CITES edge `edge`, as each page row carries it (CitationEdge.sources). */
const provenance = (edge: string) =>
  `sources: ${edge}.sources, verified: ${edge}.verified, note: ${edge}.note`;

/** Conditions on the cited/citing paper and the edge (year range, self-citation). */
function paperConditions(s: CitationShape): (string | false)[] {
  return [
    s.yearFrom && 'other.year >= $yearFrom',
    s.yearTo && 'other.year <= $yearTo',
    s.selfCitation === true && SELF_CITATION,
    s.selfCitation === false && `NOT ${SELF_CITATION}`,
    s.sources === true && FROM_SOURCES,
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
function edgeFirst(
  direction: CitationDirection,
  s: CitationShape,
  fields: PaperProjection,
  statements: Projection,
): string {
  const p = PATTERN[direction];
  if (s.orderField === 'YEAR') {
    return `CALL (anchor) {
  MATCH ${p.edge}${where(paperConditions(s), '  ')}
  WITH other, c ${orderBy('other.year', s)}
  WITH collect({other: other, c: c}) AS hits
  CALL (anchor, hits) {
    UNWIND hits[$offset..($offset + $limit)] AS h
    WITH anchor, h.other AS other, h.c AS c
    WITH other, c, COLLECT { MATCH ${p.statements}
      WITH s ORDER BY s.confidence DESC, s.id
      RETURN ${statementMap('s', statements, p.ids('other'))} } AS statements
    RETURN collect({paper: ${paperMap('other', fields)}, statements: statements, ${provenance('c')}}) AS page
  }
  RETURN size(hits) AS total, page
}`;
  }
  return `CALL (anchor) {
  MATCH ${p.edge}${where(paperConditions(s), '  ')}
  CALL (anchor, other) {
    OPTIONAL MATCH ${p.statements}
    WITH s ORDER BY s.confidence DESC, s.id
    RETURN collect(${statementMap('s', statements, p.ids('other'))}) AS statements, max(s.confidence) AS maxConfidence
  }
  WITH other, c, statements ${orderBy('maxConfidence', s)}
  WITH collect({paper: ${paperMap('other', fields)}, statements: statements, ${provenance('c')}}) AS rows
  RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page
}`;
}

/**
 * Only edges with a matching statement: starts from the anchor's statements (far fewer
 * than its citations on a well-cited paper), keeps node references until the page is
 * cut, and projects only the page's papers and statements.
 *
 * The CITES edge of each statement's paper is found by a hash join on `other` with the
 * anchor's own CITES edges, not by an Expand(Into) per paper: that walked every relationship
 * of each citing paper (its MAKES, AUTHORED and CITES, ~26 db hits a paper at 10k; op 2 of
 * the side-by-side bench: 1,138 → 688 db hits a request at 10k, 3,454 → 1,907 at 100k,
 * same answers). Conditions on the edge (self-citation, sources) are tested once per paper,
 * after its statements are grouped.
 */
function statementFirst(
  direction: CitationDirection,
  s: CitationShape,
  fields: PaperProjection,
  statements: Projection,
): string {
  const p = PATTERN[direction];
  const conditions = [
    ...statementConditions(s),
    s.yearFrom && 'other.year >= $yearFrom',
    s.yearTo && 'other.year <= $yearTo',
  ];
  const edge = [
    s.selfCitation === true && SELF_CITATION,
    s.selfCitation === false && `NOT ${SELF_CITATION}`,
    s.sources === true && FROM_SOURCES,
  ];
  const key = s.orderField === 'CONFIDENCE' ? 'maxConfidence' : 'other.year';
  return `CALL (anchor) {
  MATCH ${p.fromStatements}, ${p.cites}
  USING JOIN ON other${where(conditions, '  ')}
  WITH anchor, other, c, s ORDER BY s.confidence DESC, s.id
  WITH anchor, other, c, collect(s) AS statements, max(s.confidence) AS maxConfidence${where(edge, '  ')}
  WITH other, c, statements, maxConfidence ${orderBy(key, s)}
  WITH collect({paper: other, c: c, statements: statements}) AS rows
  RETURN size(rows) AS total, [row IN rows[$offset..($offset + $limit)] |
    {paper: ${paperMap('row.paper', fields)}, statements: [s IN row.statements | ${statementMap('s', statements, p.ids('row.paper'))}],
     ${provenance('row.c')}}] AS page
}`;
}

const memoised = queryMemo();

/**
 * The page subquery for one anchor paper bound to `anchor`: yields `total` and `page`, one
 * row per anchor (it aggregates), so it can follow any start that binds `anchor`: a batch of
 * ids here, a paper looked up by DOI in papers.ts (one round trip for the paper and its page).
 */
export function citationPageBody(
  direction: CitationDirection,
  shape: CitationShape,
  fields: PaperProjection = null,
  statements: Projection = null,
): string {
  return filtersStatements(shape)
    ? statementFirst(direction, shape, fields, statements)
    : edgeFirst(direction, shape, fields, statements);
}

/** The query's name: which direction, and whether it starts from statements. */
export const citationPageName = (direction: CitationDirection, shape: CitationShape): string =>
  `paper.${direction}${filtersStatements(shape) ? '.byStatements' : ''}`;

/**
 * The page query for `direction` and `shape`, projecting papers as `fields` and their
 * statements as `statements` (whole when null). Parameters: $ids, $offset, $limit, and the value of each filter the shape sets
 * ($polarity, $section, $minConfidence, $about, $yearFrom, $yearTo, $sources). Rows: {key:
 * anchor id, total, page: [{paper, statements, sources, verified, note}]} (the last three:
 * the CITES edge's provenance).
 */
export function citationPageQuery(
  direction: CitationDirection,
  shape: CitationShape,
  fields: PaperProjection = null,
  statements: Projection = null,
): NamedQuery {
  const key = `${direction}|${JSON.stringify(shape)}|${projectionKey(fields)}|${projectionKey(statements)}`;
  return memoised(key, () => ({
    name: citationPageName(direction, shape),
    text: `UNWIND $ids AS pid
MATCH (anchor:Paper {id: pid})
${citationPageBody(direction, shape, fields, statements)}
RETURN pid AS key, total, page`,
  }));
}
