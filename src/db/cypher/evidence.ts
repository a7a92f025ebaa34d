/**
 * Named Cypher for the evidence map. Three reads build a whole map (papers with their
 * findings and tags; the two concept hierarchies; statement counts per concept pair),
 * whatever its size; the statement lists of cells are one batched read.
 * With roll-up, statements about a subtype count for its ancestors: the statement counts
 * have a query text each way, the statement list reads `$rollUp`.
 */
import { EFFECT_VALUES } from '../../domain/meta/effect-size.js';
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
 * One walk of each paper's relationships gathers findings and tags together: the engine
 * reads a paper's relationship chain (citations included) end to end per expansion, so a
 * COLLECT per list (five of them) read it five times, most of the query's db hits; and a
 * nested subquery per paper for its findings cost a fifth of the JVM's time. A finding is
 * read as its property map `f` (naming absent properties on the node costs a store read each).
 */
function papersText(
  start: EvidenceStart,
  paper = 'p {.*}',
  finding = 'f {.*, paperId: p.id, interventionId: i.id, outcomeId: o.id}',
): string {
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
CALL (p) {
  MATCH (p)-[r:REPORTS|STUDIES|MEASURES]->(x)
  WITH type(r) AS t, r, x
  WHERE t = 'REPORTS' OR ${LINK_OK('r')}
  OPTIONAL MATCH (x)-[:OF]->(i:InterventionType), (x)-[:ON]->(o:Outcome)
  WHERE t = 'REPORTS' AND x:Finding
  WITH t, r, x, i, o, CASE WHEN i IS NOT NULL THEN properties(x) END AS f
  RETURN
    collect(CASE WHEN f IS NOT NULL THEN ${finding} END) AS findings,
    collect(CASE WHEN t = 'STUDIES' AND x:InterventionType THEN [x.id, r.linkSource = 'TAGGER'] END) AS studies,
    collect(CASE WHEN t = 'MEASURES' AND x:Outcome THEN [x.id, r.linkSource = 'TAGGER'] END) AS measures
}
WITH p, findings,
  [s IN studies | s[0]] AS interventions,
  [m IN measures | m[0]] AS outcomes,
  [s IN studies WHERE s[1] | s[0]] AS taggedInterventions,
  [m IN measures WHERE m[1] | m[0]] AS taggedOutcomes
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

/** One papers query per start point: `name` for all outcomes, `name.<start>` for the others. */
function perStart(
  name: string,
  text: (start: EvidenceStart) => string,
): Readonly<Record<EvidenceStart, NamedQuery>> {
  return {
    domains: q(`${name}.domains`, text('domains')),
    outcomes: q(`${name}.outcomes`, text('outcomes')),
    all: q(name, text('all')),
  };
}

/** The papers query per start point (see `START`). */
export const evidencePapersFrom = perStart('evidence.papers', (start) => papersText(start));

/**
 * The finding values the map's cells and pooling read (src/domain/evidence: effect, pooling),
 * in the order the paper-keys queries return them; each finding's intervention and outcome
 * ids follow.
 */
export const FINDING_KEYS = [
  'id',
  'measure',
  'pooled',
  'direction',
  'n',
  ...EFFECT_VALUES,
] as const;

/**
 * The same queries for a map that shows neither papers nor findings: each paper as
 * [id, year, publicationTypes] (a domain's papers, whole with their abstracts, were most of
 * the bytes a map read) and each finding as the list of its FINDING_KEYS values and its
 * intervention and outcome ids (decoding every finding's stored values as a map, keys,
 * timepoint and sources included, was then most of our server's time). The repository
 * rebuilds the records (src/repositories/evidence-rows.ts).
 */
const PAPER_LIST = '[p.id, p.year, p.publicationTypes]';
const FINDING_LIST = `[${FINDING_KEYS.map((k) => `f.${k}`).join(', ')}, i.id, o.id]`;
export const evidencePaperKeysFrom = perStart('evidence.paperKeys', (start) =>
  papersText(start, PAPER_LIST, FINDING_LIST),
);

/** For a map that shows findings but not papers: papers by their keys, findings whole. */
const KEYS = 'p {.id, .year, .publicationTypes}';
export const evidenceWholeFindingsFrom = perStart('evidence.wholeFindings', (start) =>
  papersText(start, KEYS),
);

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

// Statements about an intervention and an outcome or about subtypes of them (roll-up).
const PAIRS = `MATCH (i:InterventionType) WHERE i.id IS NOT NULL
MATCH (i)<-[:SUBTYPE_OF*0..]-(ci:InterventionType)<-[ra:ABOUT]-(s:Statement)
WHERE ${LINK_OK('ra')}
WITH DISTINCT s, i
MATCH (s)-[rb:ABOUT]->(co:Outcome)-[:SUBTYPE_OF*0..]->(o:Outcome)
WHERE ${LINK_OK('rb')}
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
WHERE ${LINK_OK('ra')}
WITH DISTINCT s, o
MATCH (s)-[rb:ABOUT]->(ci:InterventionType)-[:SUBTYPE_OF*0..]->(i:InterventionType)
WHERE ${LINK_OK('rb')}
WITH DISTINCT s, i, o
${COUNTS}`;
}

// Without roll-up a statement counts only for the concepts it is about: the same pairs as
// the roll-up queries below would give if they kept only zero-length paths, without
// expanding both hierarchies from every statement (a third of the count's db hits).
const EXACT_PAIRS = `MATCH (s)-[rb:ABOUT]->(i:InterventionType)
WHERE ${LINK_OK('rb')}
WITH DISTINCT s, i, o
${COUNTS}`;

function exactScopedPairs(start: Exclude<EvidenceStart, 'all'>): string {
  return `${PAIRS_FROM[start]}
MATCH (o)<-[ra:ABOUT]-(s:Statement)
WHERE ${LINK_OK('ra')}
WITH DISTINCT s, o
${EXACT_PAIRS}`;
}

/**
 * Polarity counts per (intervention, outcome) pair, a statement counting once per pair,
 * with roll-up: statements about subtypes count under every ancestor pair. Per start point:
 * all pairs, or only those a concept filter can keep.
 */
export const evidenceRolledUpStatementCountsFrom: Readonly<Record<EvidenceStart, NamedQuery>> = {
  all: q('evidence.statementCounts.rollUp', `${PAIRS}\n${COUNTS}`),
  domains: q('evidence.statementCounts.domains.rollUp', scopedPairs('domains')),
  outcomes: q('evidence.statementCounts.outcomes.rollUp', scopedPairs('outcomes')),
};

/** The same counts without roll-up: each statement under the concepts it is about. */
export const evidenceStatementCountsFrom: Readonly<Record<EvidenceStart, NamedQuery>> = {
  all: q(
    'evidence.statementCounts',
    `MATCH (i:InterventionType) WHERE i.id IS NOT NULL
MATCH (i)<-[ra:ABOUT]-(s:Statement)
WHERE ${LINK_OK('ra')}
WITH DISTINCT s, i
MATCH (s)-[rb:ABOUT]->(o:Outcome)
WHERE ${LINK_OK('rb')}
WITH DISTINCT s, i, o
${COUNTS}`,
  ),
  domains: q('evidence.statementCounts.domains', exactScopedPairs('domains')),
  outcomes: q('evidence.statementCounts.outcomes', exactScopedPairs('outcomes')),
};

/** The unfiltered counts with roll-up (kept under its old export name). */
export const evidenceStatementCounts = evidenceRolledUpStatementCountsFrom.all;

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
