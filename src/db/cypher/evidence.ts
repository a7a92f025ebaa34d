/**
 * Named Cypher for the evidence map. Three reads build a whole map (papers with their
 * findings and tags; the two concept hierarchies; statement counts per concept pair),
 * whatever its size; the statement lists of cells are one batched read.
 * `$rollUp` decides whether statements about a subtype count for its ancestors.
 */
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/**
 * Whether concept link `r` counts: `$linkSources` null counts every link, else only links
 * of those sources (absent linkSource is CURATED: src/db/cypher/tags.ts).
 */
const LINK_OK = (r: string) =>
  `($linkSources IS NULL OR coalesce(${r}.linkSource, 'CURATED') IN $linkSources)`;

/**
 * Papers that report a finding or carry both an intervention and an outcome tag, with
 * the paper filters applied (years; populations and settings including their subtypes).
 * Each row: the paper, its findings (all stored values), its STUDIES and MEASURES ids.
 */
function papersText(start: EvidenceStart, paper = 'p {.*}'): string {
  return `${START[start]}
WITH DISTINCT o
CALL (o) {
  MATCH (o)<-[:ON]-(:Finding)<-[:REPORTS]-(p:Paper) RETURN p
  UNION
  MATCH (o)<-[m:MEASURES]-(p:Paper) WHERE ${LINK_OK('m')} RETURN p
}
WITH DISTINCT p
WHERE ($yearFrom IS NULL OR p.year >= $yearFrom) AND ($yearTo IS NULL OR p.year <= $yearTo)
  AND ($populations IS NULL OR EXISTS {
        (p)-[:IN_POPULATION]->(:Population)-[:SUBTYPE_OF*0..]->(x:Population) WHERE x.id IN $populations })
  AND ($settings IS NULL OR EXISTS {
        (p)-[:IN_SETTING]->(:Setting)-[:SUBTYPE_OF*0..]->(x:Setting) WHERE x.id IN $settings })
WITH p,
  COLLECT { MATCH (p)-[:REPORTS]->(f:Finding)-[:OF]->(i:InterventionType), (f)-[:ON]->(o:Outcome)
            RETURN f {.*, paperId: p.id, interventionId: i.id, outcomeId: o.id} } AS findings,
  COLLECT { MATCH (p)-[r:STUDIES]->(i:InterventionType) WHERE ${LINK_OK('r')} RETURN i.id } AS interventions,
  COLLECT { MATCH (p)-[r:MEASURES]->(o:Outcome) WHERE ${LINK_OK('r')} RETURN o.id } AS outcomes,
  COLLECT { MATCH (p)-[r:STUDIES]->(i:InterventionType) WHERE ${LINK_OK('r')} AND r.linkSource = 'TAGGER' RETURN i.id } AS taggedInterventions,
  COLLECT { MATCH (p)-[r:MEASURES]->(o:Outcome) WHERE ${LINK_OK('r')} AND r.linkSource = 'TAGGER' RETURN o.id } AS taggedOutcomes
WHERE size(findings) > 0 OR (size(interventions) > 0 AND size(outcomes) > 0)
RETURN ${paper} AS paper, findings, interventions, outcomes, taggedInterventions, taggedOutcomes`;
}

/** Which outcomes the papers query starts from: index seeks when the filter names them. */
export type EvidenceStart = 'domains' | 'outcomes' | 'all';

// Every paper in a cell reports a finding ON an outcome or MEASURES one, so papers are
// reached from outcomes: those of the filter and their subtypes (whose findings roll up to
// them), or all of them. Never a scan of every paper.
const START: Record<EvidenceStart, string> = {
  domains: `MATCH (top:Outcome) WHERE top.domain IN $domains
MATCH (top)<-[:SUBTYPE_OF*0..]-(o:Outcome)`,
  outcomes: `MATCH (top:Outcome) WHERE top.id IN $outcomes
MATCH (top)<-[:SUBTYPE_OF*0..]-(o:Outcome)`,
  all: `MATCH (o:Outcome) WHERE o.id IS NOT NULL`,
};

/** The papers query per start point (see `START`). */
export const evidencePapersFrom: Readonly<Record<EvidenceStart, NamedQuery>> = {
  domains: q('evidence.papers.domains', papersText('domains')),
  outcomes: q('evidence.papers.outcomes', papersText('outcomes')),
  all: q('evidence.papers', papersText('all')),
};

/**
 * The same queries reading of each paper only what places it in cells (id, year, publication
 * types), for a map whose papers no field shows: a domain's papers, whole (abstracts
 * included), were most of the bytes a map read.
 */
const KEYS = 'p {.id, .year, .publicationTypes}';
export const evidencePaperKeysFrom: Readonly<Record<EvidenceStart, NamedQuery>> = {
  domains: q('evidence.paperKeys.domains', papersText('domains', KEYS)),
  outcomes: q('evidence.paperKeys.outcomes', papersText('outcomes', KEYS)),
  all: q('evidence.paperKeys', papersText('all', KEYS)),
};

/** The papers query without concept filters (kept under its old name). */
export const evidencePapers = evidencePapersFrom.all;

/** Every intervention type and outcome with its parent, for roll-up and tree order. */
export const evidenceConcepts = q(
  'evidence.concepts',
  `CALL () {
  MATCH (c:InterventionType) WHERE c.id IS NOT NULL RETURN c, 'InterventionType' AS kind
  UNION ALL
  MATCH (c:Outcome) WHERE c.id IS NOT NULL RETURN c, 'Outcome' AS kind
}
OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
RETURN c {.*, kind: kind, parentId: parent.id} AS item`,
);

// Statements about an intervention and an outcome; with $rollUp, also under ancestors.
const PAIRS = `MATCH (i:InterventionType) WHERE i.id IS NOT NULL
MATCH (i)<-[:SUBTYPE_OF*0..]-(ci:InterventionType)<-[ra:ABOUT]-(s:Statement)
WHERE ($rollUp OR ci = i) AND ${LINK_OK('ra')}
WITH DISTINCT s, i
MATCH (s)-[rb:ABOUT]->(co:Outcome)-[:SUBTYPE_OF*0..]->(o:Outcome)
WHERE ($rollUp OR co = o) AND ${LINK_OK('rb')}
WITH DISTINCT s, i, o`;

const COUNTS = `RETURN i.id AS interventionId, o.id AS outcomeId,
  count(CASE WHEN s.polarity = 'SUPPORTING' THEN 1 END) AS supporting,
  count(CASE WHEN s.polarity = 'MENTIONING' THEN 1 END) AS mentioning,
  count(CASE WHEN s.polarity = 'CONTRASTING' THEN 1 END) AS contrasting,
  count(CASE WHEN s.polarity = 'UNCLASSIFIED' THEN 1 END) AS unclassified`;

// The pairs whose outcome is one a filtered map can show: the filter's outcomes and their
// subtypes, or the outcomes of its domains; statements are reached from those outcomes.
const PAIRS_FROM: Record<Exclude<EvidenceStart, 'all'>, string> = {
  domains: `MATCH (o:Outcome) WHERE o.domain IN $domains`,
  outcomes: `MATCH (top:Outcome) WHERE top.id IN $outcomes
MATCH (top)<-[:SUBTYPE_OF*0..]-(o:Outcome)
WITH DISTINCT o`,
};

function scopedPairs(start: Exclude<EvidenceStart, 'all'>): string {
  return `${PAIRS_FROM[start]}
MATCH (o)<-[:SUBTYPE_OF*0..]-(co:Outcome)<-[ra:ABOUT]-(s:Statement)
WHERE ($rollUp OR co = o) AND ${LINK_OK('ra')}
WITH DISTINCT s, o
MATCH (s)-[rb:ABOUT]->(ci:InterventionType)-[:SUBTYPE_OF*0..]->(i:InterventionType)
WHERE ($rollUp OR ci = i) AND ${LINK_OK('rb')}
WITH DISTINCT s, i, o
${COUNTS}`;
}

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

/** Statement counts per start point: all pairs, or only those a concept filter can keep. */
export const evidenceStatementCountsFrom: Readonly<Record<EvidenceStart, NamedQuery>> = {
  all: evidenceStatementCounts,
  domains: q('evidence.statementCounts.domains', scopedPairs('domains')),
  outcomes: q('evidence.statementCounts.outcomes', scopedPairs('outcomes')),
};

/**
 * The statements about each requested pair ($pairs: [{key, i, o}]), contrasting first,
 * then supporting, mentioning, unclassified; most confident first; at most $first each.
 */
export const evidenceStatementList = q(
  'evidence.statementList',
  `UNWIND $pairs AS pair
CALL (pair) {
  MATCH (i:InterventionType {id: pair.i})<-[:SUBTYPE_OF*0..]-(ci:InterventionType)<-[ra:ABOUT]-(s:Statement)
  WHERE ($rollUp OR ci = i) AND ${LINK_OK('ra')}
  WITH DISTINCT s
  WHERE EXISTS { MATCH (s)-[rb:ABOUT]->(co:Outcome)-[:SUBTYPE_OF*0..]->(o:Outcome {id: pair.o})
                 WHERE ($rollUp OR co = o) AND ${LINK_OK('rb')} }
  MATCH (citing:Paper)-[:MAKES]->(s)-[:REFERS_TO]->(cited:Paper)
  WITH s, citing, cited
  ORDER BY CASE s.polarity WHEN 'CONTRASTING' THEN 0 WHEN 'SUPPORTING' THEN 1
           WHEN 'MENTIONING' THEN 2 ELSE 3 END, s.confidence DESC, s.id
  LIMIT toInteger($first)
  RETURN collect(s {.*, citingId: citing.id, citedId: cited.id}) AS items
}
RETURN pair.key AS key, items`,
);
