/**
 * Named Cypher for the evidence map. Three reads build a whole map (papers with their
 * findings and tags; the two concept hierarchies; statement counts per concept pair),
 * whatever its size; the statement lists of cells are one batched read.
 * `$rollUp` decides whether statements about a subtype count for its ancestors.
 */
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/**
 * Papers that report a finding or carry both an intervention and an outcome tag, with
 * the paper filters applied (years; populations and settings including their subtypes).
 * Each row: the paper, its findings (all stored values), its STUDIES and MEASURES ids.
 */
export const evidencePapers = q(
  'evidence.papers',
  `MATCH (p:Paper)
WHERE ($yearFrom IS NULL OR p.year >= $yearFrom) AND ($yearTo IS NULL OR p.year <= $yearTo)
  AND ($populations IS NULL OR EXISTS {
        (p)-[:IN_POPULATION]->(:Population)-[:SUBTYPE_OF*0..]->(x:Population) WHERE x.id IN $populations })
  AND ($settings IS NULL OR EXISTS {
        (p)-[:IN_SETTING]->(:Setting)-[:SUBTYPE_OF*0..]->(x:Setting) WHERE x.id IN $settings })
WITH p,
  COLLECT { MATCH (p)-[:REPORTS]->(f:Finding)-[:OF]->(i:InterventionType), (f)-[:ON]->(o:Outcome)
            RETURN f {.*, paperId: p.id, interventionId: i.id, outcomeId: o.id} } AS findings,
  COLLECT { MATCH (p)-[:STUDIES]->(i:InterventionType) RETURN i.id } AS interventions,
  COLLECT { MATCH (p)-[:MEASURES]->(o:Outcome) RETURN o.id } AS outcomes
WHERE size(findings) > 0 OR (size(interventions) > 0 AND size(outcomes) > 0)
RETURN p {.*} AS paper, findings, interventions, outcomes`,
);

/** Every intervention type and outcome with its parent, for roll-up and tree order. */
export const evidenceConcepts = q(
  'evidence.concepts',
  `MATCH (c) WHERE c:InterventionType OR c:Outcome
OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
RETURN c {.*, kind: CASE WHEN c:Outcome THEN 'Outcome' ELSE 'InterventionType' END,
          parentId: parent.id} AS item`,
);

// Statements about an intervention and an outcome; with $rollUp, also under ancestors.
const PAIRS = `MATCH (s:Statement)-[:ABOUT]->(ci:InterventionType)-[:SUBTYPE_OF*0..]->(i:InterventionType)
WHERE $rollUp OR ci = i
WITH DISTINCT s, i
MATCH (s)-[:ABOUT]->(co:Outcome)-[:SUBTYPE_OF*0..]->(o:Outcome)
WHERE $rollUp OR co = o
WITH DISTINCT s, i, o`;

/** Polarity counts per (intervention, outcome) pair; a statement counts once per pair. */
export const evidenceStatementCounts = q(
  'evidence.statementCounts',
  `${PAIRS}
RETURN i.id AS interventionId, o.id AS outcomeId,
  count(CASE WHEN s.polarity = 'SUPPORTING' THEN 1 END) AS supporting,
  count(CASE WHEN s.polarity = 'MENTIONING' THEN 1 END) AS mentioning,
  count(CASE WHEN s.polarity = 'CONTRASTING' THEN 1 END) AS contrasting,
  count(CASE WHEN s.polarity = 'UNCLASSIFIED' THEN 1 END) AS unclassified`,
);

/**
 * The statements about each requested pair ($pairs: [{key, i, o}]), contrasting first,
 * then supporting, mentioning, unclassified; most confident first; at most $first each.
 */
export const evidenceStatementList = q(
  'evidence.statementList',
  `UNWIND $pairs AS pair
CALL (pair) {
  MATCH (i:InterventionType {id: pair.i})<-[:SUBTYPE_OF*0..]-(ci:InterventionType)<-[:ABOUT]-(s:Statement)
  WHERE $rollUp OR ci = i
  WITH DISTINCT s
  WHERE EXISTS { MATCH (s)-[:ABOUT]->(co:Outcome)-[:SUBTYPE_OF*0..]->(o:Outcome {id: pair.o})
                 WHERE $rollUp OR co = o }
  MATCH (citing:Paper)-[:MAKES]->(s)-[:REFERS_TO]->(cited:Paper)
  WITH s, citing, cited
  ORDER BY CASE s.polarity WHEN 'CONTRASTING' THEN 0 WHEN 'SUPPORTING' THEN 1
           WHEN 'MENTIONING' THEN 2 ELSE 3 END, s.confidence DESC, s.id
  LIMIT toInteger($first)
  RETURN collect(s {.*, citingId: citing.id, citedId: cited.id}) AS items
}
RETURN pair.key AS key, items`,
);
