/**
 * A page of citations (incoming) or references (outgoing) for a batch of
 * anchor papers, with the statements each edge carries, in one round trip.
 *
 * The CitationWhere contract: statement filters (polarity, section,
 * minConfidence, about) select the statements listed on each edge, and when
 * any is given, edges with no matching statement are dropped.
 */
import type { NamedQuery } from '../executor.js';

export type CitationDirection = 'citations' | 'references';

// Fixed patterns per direction; `other` is the paper on the far end of the edge.
const PATTERN: Record<
  CitationDirection,
  { edge: string; statements: string; fromStatements: string; cites: string; ids: string }
> = {
  citations: {
    edge: '(other:Paper)-[:CITES]->(anchor)',
    statements: '(other)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(anchor)',
    fromStatements: '(anchor)<-[:REFERS_TO]-(s:Statement)<-[:MAKES]-(other:Paper)',
    cites: '(other)-[:CITES]->(anchor)',
    ids: 'citingId: other.id, citedId: anchor.id',
  },
  references: {
    edge: '(anchor)-[:CITES]->(other:Paper)',
    statements: '(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other)',
    fromStatements: '(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other:Paper)',
    cites: '(anchor)-[:CITES]->(other)',
    ids: 'citingId: anchor.id, citedId: other.id',
  },
};

function text(direction: CitationDirection): string {
  const p = PATTERN[direction];
  return `UNWIND $ids AS pid
MATCH (anchor:Paper {id: pid})
CALL (anchor) {
  MATCH ${p.edge}
  WHERE ($yearFrom IS NULL OR other.year >= $yearFrom)
    AND ($yearTo IS NULL OR other.year <= $yearTo)
    AND ($selfCitation IS NULL OR
         EXISTS { MATCH (anchor)<-[:AUTHORED]-(:Author)-[:AUTHORED]->(other) } = $selfCitation)
  CALL (anchor, other) {
    OPTIONAL MATCH ${p.statements}
    WHERE ($polarity IS NULL OR s.polarity IN $polarity)
      AND ($section IS NULL OR s.section IN $section)
      AND ($minConfidence IS NULL OR s.confidence >= $minConfidence)
      AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(k) WHERE k.id IN $about })
    WITH s ORDER BY s.confidence DESC, s.id
    RETURN collect(s {.*, ${p.ids}}) AS statements, max(s.confidence) AS maxConfidence
  }
  WITH other, statements, maxConfidence
  WHERE NOT $statementFilter OR size(statements) > 0
  WITH other, statements,
       CASE $orderField WHEN 'CONFIDENCE' THEN maxConfidence ELSE toFloat(other.year) END AS key
  ORDER BY key IS NULL, CASE WHEN $descending THEN -key ELSE key END, other.id
  WITH collect({paper: other {.*}, statements: statements}) AS rows
  RETURN size(rows) AS total, rows[$offset..($offset + $limit)] AS page
}
RETURN pid AS key, total, page`;
}

export const citationPage: Record<CitationDirection, NamedQuery> = {
  citations: { name: 'paper.citations', text: text('citations') },
  references: { name: 'paper.references', text: text('references') },
};

/**
 * The same page when the filter selects statements ($statementFilter true): only edges
 * with a matching statement appear, so the query starts from the anchor's statements
 * (far fewer than its citations on a well-cited paper) and projects only the page's papers.
 */
function textFromStatements(direction: CitationDirection): string {
  const p = PATTERN[direction];
  return `UNWIND $ids AS pid
MATCH (anchor:Paper {id: pid})
CALL (anchor) {
  MATCH ${p.fromStatements}
  WHERE ($polarity IS NULL OR s.polarity IN $polarity)
    AND ($section IS NULL OR s.section IN $section)
    AND ($minConfidence IS NULL OR s.confidence >= $minConfidence)
    AND ($yearFrom IS NULL OR other.year >= $yearFrom)
    AND ($yearTo IS NULL OR other.year <= $yearTo)
    AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(k) WHERE k.id IN $about })
  WITH anchor, other, s ORDER BY s.confidence DESC, s.id
  WITH anchor, other, collect(s {.*, ${p.ids}}) AS statements, max(s.confidence) AS maxConfidence
  WHERE EXISTS { MATCH ${p.cites} }
    AND ($selfCitation IS NULL OR
         EXISTS { MATCH (anchor)<-[:AUTHORED]-(:Author)-[:AUTHORED]->(other) } = $selfCitation)
  WITH other, statements,
       CASE $orderField WHEN 'CONFIDENCE' THEN maxConfidence ELSE toFloat(other.year) END AS key
  ORDER BY key IS NULL, CASE WHEN $descending THEN -key ELSE key END, other.id
  WITH collect({paper: other, statements: statements}) AS rows
  CALL (rows) {
    UNWIND rows[$offset..($offset + $limit)] AS row
    WITH row.paper AS other, row.statements AS statements
    RETURN collect({paper: other {.*}, statements: statements}) AS page
  }
  RETURN size(rows) AS total, page
}
RETURN pid AS key, total, page`;
}

/** Pages for a statement filter (see textFromStatements). */
export const citationPageByStatements: Record<CitationDirection, NamedQuery> = {
  citations: { name: 'paper.citations.byStatements', text: textFromStatements('citations') },
  references: { name: 'paper.references.byStatements', text: textFromStatements('references') },
};
