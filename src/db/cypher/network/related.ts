/**
 * Named Cypher for what relates papers through citations, batched over $ids so a list of
 * papers costs one round trip per field: co-citation, bibliographic coupling and citations
 * per year of the citing paper (read from the CITES counters).
 */
import type { NamedQuery } from '../../executor.js';
import { paperMap, projectionKey, type PaperProjection } from '../projection.js';
import { queryMemo } from '../shape.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

// There is at most one CITES edge per ordered pair of papers (the writer MERGEs, the bulk load
// dedupes), so each path in the pattern is one distinct shared paper: count(*) is exact and
// spares hashing every intermediate paper of a hub's neighbourhood. CITES joins papers only,
// so the pattern names no label past `anchor`: a label test on every node of a hub's
// neighbourhood was a third of the query's work.
//
// The ranking reads no property of the thousands of candidates: they are grouped by their
// count, and only the papers of the best $first counts (which hold the best $first papers,
// ties on the last count included, since every group has a paper) are ordered by id. Ordering
// all candidates by (shared, o.id) read every candidate's id.
function rankedBody(pattern: string, fields: PaperProjection): string {
  return `CALL (anchor) {
  MATCH ${pattern}
  WHERE o <> anchor
  WITH o, count(*) AS shared
  WITH shared, collect(o) AS tied
  ORDER BY shared DESC
  LIMIT toInteger($first)
  UNWIND tied AS o
  WITH o, shared
  ORDER BY shared DESC, o.id
  LIMIT toInteger($first)
  RETURN collect({paper: ${paperMap('o', fields)}, shared: shared}) AS items
}`;
}

/** Co-citation: `shared` = distinct papers citing both; coupling: distinct references in common. */
const PATTERN = {
  coCited: '(anchor)<-[:CITES]-()-[:CITES]->(o)',
  coupled: '(anchor)-[:CITES]->()<-[:CITES]-(o)',
} as const;
export type RelatedKind = keyof typeof PATTERN;

/**
 * The ranked list of paper `anchor` (bound by the caller), projecting papers as `fields`:
 * yields `items`, one row per anchor. Parameter: $first.
 */
export const relatedBody = (kind: RelatedKind, fields: PaperProjection = null): string =>
  rankedBody(PATTERN[kind], fields);

const memoised = queryMemo();

/** For each of $ids, up to $first related papers: rows {key, items: [{paper, shared}]}. */
export function relatedQuery(kind: RelatedKind, fields: PaperProjection = null): NamedQuery {
  return memoised(`${kind}|${projectionKey(fields)}`, () =>
    q(
      `network.${kind}`,
      `UNWIND $ids AS id
MATCH (anchor:Paper {id: id})
${relatedBody(kind, fields)}
RETURN id AS key, items`,
    ),
  );
}

/** Papers cited together with each paper, read whole. */
export const coCited = relatedQuery('coCited');

/** Papers sharing references with each paper, read whole. */
export const coupled = relatedQuery('coupled');

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
