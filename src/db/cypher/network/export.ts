/**
 * Named Cypher for network exports: node attributes for a set of papers, and keyset pages of
 * all papers and all citations ordered by paper id (an ordered range seek on the paper_id
 * constraint), so a whole-graph export holds one page at a time, never the graph.
 */
import type { NamedQuery } from '../../executor.js';
import { CITED_ITEM } from './cited-item.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

// openalexId, s2Id and pmid only name an untitled stub (src/domain/paper-title.ts).
const NODE_FIELDS = `p.id AS id, p.doi AS doi, p.title AS title, p.year AS year,
  p.openalexId AS openalexId, p.s2Id AS s2Id, p.pmid AS pmid,
  head(COLLECT { MATCH (p)-[:PUBLISHED_IN]->(v:Venue) RETURN v.name ORDER BY v.name }) AS venue,
  coalesce(p.publicationTypes, []) AS publicationTypes,
  coalesce(p.citingPaperCount, 0) AS citingPaperCount,
  COLLECT { MATCH (p)-[:STUDIES]->(i:InterventionType) RETURN i.name ORDER BY i.name } AS interventions,
  COLLECT { MATCH (p)-[:MEASURES]->(o:Outcome) RETURN o.name ORDER BY o.name } AS outcomes`;

/** Export attributes of the papers $ids (those that exist), in no particular order. */
export const exportNodesByIds = q(
  'export.nodesByIds',
  `UNWIND $ids AS pid
MATCH (p:Paper {id: pid})
RETURN ${NODE_FIELDS}`,
);

/** Up to $size papers with id > $after, in id order, with their export attributes. */
export const exportNodePage = q(
  'export.nodePage',
  `MATCH (p:Paper) WHERE p.id > $after
WITH p ORDER BY p.id LIMIT toInteger($size)
RETURN ${NODE_FIELDS}`,
);

/**
 * The citations made by the next $size papers (id > $after, in id order), as one row:
 * `last` is the id to continue after (null when no paper is left); `edges` holds, per paper,
 * `[citing id, [CITED_ITEM, …]]`.
 */
export const exportEdgePage = q(
  'export.edgePage',
  `MATCH (a:Paper) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT toInteger($size)
WITH collect(a) AS page
RETURN last(page).id AS last,
  [a IN page | [a.id, [(a)-[c:CITES]->(b:Paper) | ${CITED_ITEM}]]] AS edges`,
);
