/**
 * Papers(where, orderBy): one query per start point, chosen from a fixed map
 * so that each starts with an index seek (a concept id, a paper id or DOI) and
 * only an unfiltered listing scans papers. Count and page come back in one
 * round trip, from one evaluation of the start and filters.
 */
import type { NamedQuery } from '../executor.js';

export type PaperStart = 'interventions' | 'outcomes' | 'ids' | 'dois' | 'all';
export type PaperOrderKey = 'YEAR' | 'TITLE' | 'CITING_PAPERS';

const START: Record<PaperStart, string> = {
  interventions: `MATCH (c:InterventionType) WHERE c.id IN $interventions
    MATCH (c)<-[:SUBTYPE_OF*0..]-(:InterventionType)<-[:STUDIES]-(p:Paper)`,
  outcomes: `MATCH (c:Outcome) WHERE c.id IN $outcomes
    MATCH (c)<-[:SUBTYPE_OF*0..]-(:Outcome)<-[:MEASURES]-(p:Paper)`,
  ids: `MATCH (p:Paper) WHERE p.id IN $ids`,
  dois: `MATCH (p:Paper) WHERE p.doi IN $dois`,
  all: `MATCH (p:Paper)`,
};

const FILTER = `WITH DISTINCT p
  WHERE ($yearFrom IS NULL OR p.year >= $yearFrom)
    AND ($yearTo IS NULL OR p.year <= $yearTo)
    AND ($ids IS NULL OR p.id IN $ids)
    AND ($dois IS NULL OR p.doi IN $dois)
    AND ($minCitingPapers IS NULL OR p.citingPaperCount >= $minCitingPapers)
    AND ($publicationTypes IS NULL OR any(t IN coalesce(p.publicationTypes, []) WHERE t IN $publicationTypes))
    AND ($interventions IS NULL OR EXISTS {
      MATCH (p)-[:STUDIES]->(:InterventionType)-[:SUBTYPE_OF*0..]->(c:InterventionType) WHERE c.id IN $interventions })
    AND ($outcomes IS NULL OR EXISTS {
      MATCH (p)-[:MEASURES]->(:Outcome)-[:SUBTYPE_OF*0..]->(c:Outcome) WHERE c.id IN $outcomes })`;

// Nulls sort last in both directions; the id breaks ties so pages are stable.
const ORDER: Record<`${PaperOrderKey}_${'ASC' | 'DESC'}`, string> = {
  YEAR_DESC: 'ORDER BY p.year IS NULL, p.year DESC, p.id',
  YEAR_ASC: 'ORDER BY p.year IS NULL, p.year ASC, p.id',
  TITLE_ASC: 'ORDER BY p.title IS NULL, toLower(p.title) ASC, p.id',
  TITLE_DESC: 'ORDER BY p.title IS NULL, toLower(p.title) DESC, p.id',
  CITING_PAPERS_DESC: 'ORDER BY coalesce(p.citingPaperCount, 0) DESC, p.id',
  CITING_PAPERS_ASC: 'ORDER BY coalesce(p.citingPaperCount, 0) ASC, p.id',
};

const cache = new Map<string, NamedQuery>();

/** The query for a start point and order; texts come only from the fixed maps above. */
export function paperListQuery(
  start: PaperStart,
  order: PaperOrderKey,
  direction: 'ASC' | 'DESC',
): NamedQuery {
  const key = `${start}.${order}.${direction}`;
  let query = cache.get(key);
  if (!query) {
    const orderBy = ORDER[`${order}_${direction}`];
    query = {
      name: `papers.list.${key}`,
      // An unfiltered listing counts and pages in two passes (the page can come from an
      // ordered index); every other start is matched and filtered once, its papers
      // collected as references, counted, and only the page is sorted out and projected.
      text:
        start === 'all'
          ? `CALL () { ${START[start]} ${FILTER} RETURN count(p) AS total }
CALL () { ${START[start]} ${FILTER}
  ${orderBy}
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(p {.*}) AS page }
RETURN total, page`
          : `${START[start]} ${FILTER}
WITH collect(p) AS matched
CALL (matched) {
  UNWIND matched AS p
  WITH p ${orderBy}
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(p {.*}) AS page }
RETURN size(matched) AS total, page`,
    };
    cache.set(key, query);
  }
  return query;
}
