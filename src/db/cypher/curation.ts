/**
 * Named Cypher for curator edits. Each edit runs as several of these inside
 * one write transaction (src/repositories/curation.ts), followed by the
 * writer's recountPapers/recountEdges and an audit (:Change) node.
 * Relationship types come from the fixed lists below, never from input.
 */
import { PAPER_LISTS } from '../../domain/import-format.js';
import type { NamedQuery } from '../executor.js';
import { addSources, labelledSources } from './writes.js';

/** The provenance of every fact a curator asserts. */
const CURATED = `['curated']`;

const q = (name: string, text: string): NamedQuery => ({ name, text });

/** Whether the papers exist and which concept ids are neither an InterventionType nor an Outcome. */
export const checkStatementRefs = q(
  'curation.checkStatementRefs',
  `OPTIONAL MATCH (a:Paper {id: $citing})
OPTIONAL MATCH (b:Paper {id: $cited})
RETURN a IS NOT NULL AS citingFound, b IS NOT NULL AS citedFound,
  [cid IN $about WHERE NOT EXISTS { MATCH (:InterventionType {id: cid}) }
                   AND NOT EXISTS { MATCH (:Outcome {id: cid}) }] AS unknownConcepts`,
);

/** A statement with its papers and concept ids: the audit's before/after and the mutation's result. */
export const statementSnapshot = q(
  'curation.statementSnapshot',
  `MATCH (a:Paper)-[:MAKES]->(s:Statement {id: $id})-[:REFERS_TO]->(b:Paper)
RETURN s {.*, citingId: a.id, citedId: b.id,
          about: COLLECT { MATCH (s)-[:ABOUT]->(k) RETURN k.id ORDER BY k.id }} AS statement`,
);

/** Creates a paper with zeroed counters, or updates one; only the given properties change. */
export const upsertPaper = q(
  'curation.upsertPaper',
  `MERGE (p:Paper {id: $id})
ON CREATE SET p.citingPaperCount = 0, p.referenceCount = 0, p.statementCount = 0,
  p.supportingCount = 0, p.mentioningCount = 0, p.contrastingCount = 0, p.unclassifiedCount = 0
SET p += $props, p.stub = false
RETURN p {.*} AS paper`,
);

export const createStatement = q(
  'curation.createStatement',
  `MATCH (a:Paper {id: $citing}), (b:Paper {id: $cited})
CREATE (a)-[:MAKES]->(s:Statement {id: $id, text: $text, section: $section, polarity: $polarity,
  purpose: $purpose, confidence: $confidence, source: 'curated', sources: ${CURATED}})-[:REFERS_TO]->(b)
// The curator's labels are CURATOR (none when left UNCLASSIFIED / without purpose): the model never replaces them.
SET s.polaritySource = CASE WHEN $polarity <> 'UNCLASSIFIED' THEN 'CURATOR' END,
    s.purposeSource = CASE WHEN $purpose IS NOT NULL THEN 'CURATOR' END
MERGE (a)-[c:CITES]->(b)
ON CREATE SET c.statementCount = 0, c.supporting = 0, c.mentioning = 0, c.contrasting = 0,
  c.unclassified = 0
SET ${addSources('c', CURATED)}
RETURN s.id AS id`,
);

/** Patches a statement: `has*` flags say which values the patch gives (null clears purpose/confidence). */
export const patchStatement = q(
  'curation.patchStatement',
  `MATCH (s:Statement {id: $id})
SET s.polarity = coalesce($polarity, s.polarity), s.section = coalesce($section, s.section),
    s.purpose = CASE WHEN $hasPurpose THEN $purpose ELSE s.purpose END,
    s.confidence = CASE WHEN $hasConfidence THEN $confidence ELSE s.confidence END,
    // A label the curator sets is CURATOR and drops the model's rule, confidence and version.
    s.polaritySource = CASE WHEN $polarity IS NOT NULL THEN 'CURATOR' ELSE s.polaritySource END,
    s.polarityRule = CASE WHEN $polarity IS NOT NULL THEN null ELSE s.polarityRule END,
    s.polarityVersion = CASE WHEN $polarity IS NOT NULL THEN null ELSE s.polarityVersion END,
    s.purposeSource = CASE WHEN $hasPurpose THEN 'CURATOR' ELSE s.purposeSource END,
    s.purposeConfidence = CASE WHEN $hasPurpose THEN null ELSE s.purposeConfidence END,
    s.purposeVersion = CASE WHEN $hasPurpose THEN null ELSE s.purposeVersion END
SET ${labelledSources('s', CURATED)}
RETURN s.id AS id`,
);

/** Replaces a statement's ABOUT links with the given (already checked) concept ids. */
export const retagStatement = q(
  'curation.retagStatement',
  `MATCH (s:Statement {id: $id})
OPTIONAL MATCH (s)-[r:ABOUT]->()
DELETE r
WITH DISTINCT s
CALL (s) {
  UNWIND $about AS cid
  OPTIONAL MATCH (i:InterventionType {id: cid})
  OPTIONAL MATCH (o:Outcome {id: cid})
  WITH s, coalesce(i, o) AS k WHERE k IS NOT NULL
  MERGE (s)-[r:ABOUT]->(k)
  SET ${addSources('r', CURATED)}
}
RETURN s.id AS id`,
);

const CONCEPT_ITEM = `c {.*, kind: head([l IN labels(c) WHERE l IN ['InterventionType','Outcome','Population','Setting']])}`;

/** A concept by id with its kind, or no row. */
export const conceptSnapshot = q(
  'curation.conceptSnapshot',
  `MATCH (c {id: $id}) WHERE c:InterventionType OR c:Outcome OR c:Population OR c:Setting
RETURN ${CONCEPT_ITEM} AS concept`,
);

/**
 * Sets a concept's synonyms and (when `$hasInstruments`) instruments; an empty list removes
 * the property, as a value not given is never stored empty.
 */
export const setConceptSynonyms = q(
  'curation.setConceptSynonyms',
  `MATCH (c {id: $id}) WHERE c:InterventionType OR c:Outcome OR c:Population OR c:Setting
SET c.synonyms = CASE WHEN size($synonyms) = 0 THEN null ELSE $synonyms END,
    c.instruments = CASE WHEN NOT $hasInstruments THEN c.instruments
                         WHEN size($instruments) = 0 THEN null ELSE $instruments END
RETURN ${CONCEPT_ITEM} AS concept`,
);

export const deleteStatement = q(
  'curation.deleteStatement',
  `MATCH (s:Statement {id: $id}) DETACH DELETE s RETURN count(*) AS deleted`,
);

/** Records who changed what and when, linked to the target node while it exists. */
export const recordChange = q(
  'curation.recordChange',
  `CREATE (c:Change {id: $id, at: datetime(), actor: $actor, actorRole: $actorRole,
  action: $action, target: $target, before: $before, after: $after})
WITH c
CALL (c) {
  OPTIONAL MATCH (p:Paper {id: $target}) WHERE $targetKind = 'Paper'
  OPTIONAL MATCH (s:Statement {id: $target}) WHERE $targetKind = 'Statement'
  WITH c, coalesce(p, s) AS t WHERE t IS NOT NULL
  CREATE (c)-[:CHANGED]->(t)
}
RETURN c.id AS id`,
);

const CHANGE_FILTER = `MATCH (c:Change) WHERE $target IS NULL OR c.target = $target`;

/** A page of audit records, newest first. */
export const changePage = q(
  'curation.changes',
  `CALL () { ${CHANGE_FILTER} RETURN count(c) AS total }
CALL () { ${CHANGE_FILTER} WITH c ORDER BY c.at DESC, c.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(c {.id, .actor, .actorRole, .action, .target, .before, .after,
                    at: toString(c.at)}) AS page }
RETURN total, page`,
);

// ---- mergePapers: $keep absorbs $dup ----

const BOTH = `MATCH (k:Paper {id: $keep}), (d:Paper {id: $dup})`;

/** Papers whose counters the merge can change: the duplicate's citation and statement neighbours. */
export const mergeNeighbours = q(
  'curation.merge.neighbours',
  `${BOTH}
RETURN COLLECT { MATCH (d)-[:CITES]-(x:Paper) RETURN x.id AS id
  UNION MATCH (d)-[:MAKES]->(:Statement)-[:REFERS_TO]->(x:Paper) RETURN x.id AS id
  UNION MATCH (x:Paper)-[:MAKES]->(:Statement)-[:REFERS_TO]->(d) RETURN x.id AS id } AS ids,
  COLLECT { MATCH (d)-[r]-() WITH type(r) AS t, count(r) AS n RETURN t + ':' + toString(n) }
    AS degrees`,
);

/** The duplicate's statements with their ends and text, to re-derive the ids derived from its id. */
export const mergeDupStatements = q(
  'curation.merge.dupStatements',
  `MATCH (d:Paper {id: $dup})
RETURN COLLECT {
  MATCH (d)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b:Paper) RETURN {id: s.id, citing: d.id, cited: b.id, text: s.text} AS s
  UNION MATCH (a:Paper)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(d) RETURN {id: s.id, citing: a.id, cited: d.id, text: s.text} AS s
} AS statements`,
);

/**
 * Gives moved statements the ids their new ends derive. One whose new id is
 * taken is the same statement met twice: it joins the one that holds the id
 * (which keeps its values, fills its gaps and unions sources and concepts).
 */
export const mergeRekeyStatements = q(
  'curation.merge.rekeyStatements',
  `UNWIND $rows AS row
MATCH (s:Statement {id: row.old})
OPTIONAL MATCH (t:Statement {id: row.new})
CALL (s, t, row) { WITH s, t, row WHERE t IS NULL SET s.id = row.new }
CALL (s, t) {
  WITH s, t, t.contextBefore IS NULL AND t.contextAfter IS NULL AS bare WHERE t IS NOT NULL
  WITH s, t, bare, t.purpose IS NULL AND s.purpose IS NOT NULL AS takesPurpose
  SET t.purpose = coalesce(t.purpose, s.purpose), t.confidence = coalesce(t.confidence, s.confidence),
      t.purposeSource = CASE WHEN takesPurpose THEN s.purposeSource ELSE t.purposeSource END,
      t.purposeConfidence = CASE WHEN takesPurpose THEN s.purposeConfidence ELSE t.purposeConfidence END,
      t.purposeVersion = CASE WHEN takesPurpose THEN s.purposeVersion ELSE t.purposeVersion END,
      t.provenance = coalesce(t.provenance, s.provenance),
      t.contextBefore = CASE WHEN bare THEN s.contextBefore ELSE t.contextBefore END,
      t.contextAfter = CASE WHEN bare THEN s.contextAfter ELSE t.contextAfter END,
      t.sources = CASE WHEN t.sources IS NULL AND s.sources IS NULL THEN null
        ELSE COLLECT { UNWIND coalesce(t.sources, []) + coalesce(s.sources, []) AS source_ RETURN DISTINCT source_ ORDER BY source_ } END
  // The classifier named is the one behind t's labels now, not s's.
  WITH s, t
  CALL (t) { WITH t WHERE t.sources IS NOT NULL SET ${labelledSources('t', '[]')} }
  WITH s, t
  CALL (s, t) { MATCH (s)-[o:ABOUT]->(k) MERGE (t)-[r:ABOUT]->(k) ON CREATE SET r = properties(o) }
  DETACH DELETE s
}
RETURN count(t) AS joined`,
);

/** Keeps the duplicate's id findable: an alias node pointing at keep (paper(id:) and the import lookup read it). */
export const mergeAlias = q(
  'curation.merge.alias',
  `MATCH (k:Paper {id: $keep})
MERGE (a:PaperAlias {id: $dup})
WITH k, a
OPTIONAL MATCH (a)-[old:ALIAS_OF]->(x) WHERE x <> k
DELETE old
WITH DISTINCT k, a
MERGE (a)-[:ALIAS_OF]->(k)
RETURN a.id AS alias`,
);

/** Statements between the two papers (or of the duplicate on itself) would become self-citations: dropped. */
export const mergeDropSelfStatements = q(
  'curation.merge.dropSelfStatements',
  `${BOTH}
CALL (k, d) {
  MATCH (d)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b) WHERE b = k OR b = d RETURN s
  UNION
  MATCH (k)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(d) RETURN s
}
DETACH DELETE s
RETURN count(*) AS dropped`,
);

const IDENTIFIERS = ['doi', 'pmid', 'pmcid', 'openalexId', 's2Id'];
const FILLED = [...IDENTIFIERS, 'title', 'abstract', 'year', 'publicationDate', 'url'];

/**
 * Fills keep's empty properties from the duplicate, taking identifiers off it
 * first (doi is unique). Identifiers are unioned, keep's first; other values
 * come from the fuller paper: keep's, unless keep is a stub and the duplicate
 * is not. keep's `mergedIds` gains the duplicate's id and its own merged ids.
 */
export const mergeProperties = q(
  'curation.merge.properties',
  `${BOTH}
WITH k, d, properties(d) AS dp, coalesce(k.stub, false) AND NOT coalesce(d.stub, false) AS dupFuller
REMOVE ${IDENTIFIERS.map((p) => `d.${p}`).join(', ')}
SET ${IDENTIFIERS.map((p) => `k.${p} = coalesce(k.${p}, dp.${p})`).join(', ')},
  ${FILLED.filter((p) => !IDENTIFIERS.includes(p))
    .map(
      (p) =>
        `k.${p} = CASE WHEN dupFuller THEN coalesce(dp.${p}, k.${p}) ELSE coalesce(k.${p}, dp.${p}) END`,
    )
    .join(',\n  ')},
  k.mergedIds = COLLECT { UNWIND coalesce(k.mergedIds, []) + coalesce(dp.mergedIds, []) + [dp.id] AS m
                          RETURN DISTINCT m ORDER BY m },
  ${PAPER_LISTS.map(
    (
      p,
    ) => `k.${p} = CASE WHEN size(coalesce(k.${p}, [])) > 0 AND NOT (dupFuller AND size(coalesce(dp.${p}, [])) > 0)
                            THEN k.${p} ELSE dp.${p} END`,
  ).join(',\n  ')},
  k.stub = coalesce(k.stub, false) AND coalesce(dp.stub, false)
RETURN k.id AS id`,
);

/** How one relationship type moves from the duplicate to keep. */
interface Move {
  type: string;
  /** out: (paper)-[type]->(x); in: (x)-[type]->(paper). */
  dir: 'out' | 'in';
  /** Only when keep has none of its own (authors, venue); otherwise the duplicate's are dropped. */
  onlyIfKeepHasNone?: boolean;
}

/** Every relationship a Paper can have, except HAS_EXTERNAL_TALLY (mergeTallies). */
export const MERGE_MOVES: readonly Move[] = [
  { type: 'CITES', dir: 'out' },
  { type: 'CITES', dir: 'in' },
  { type: 'MAKES', dir: 'out' },
  { type: 'REFERS_TO', dir: 'in' },
  { type: 'AUTHORED', dir: 'in', onlyIfKeepHasNone: true },
  { type: 'PUBLISHED_IN', dir: 'out', onlyIfKeepHasNone: true },
  { type: 'STUDIES', dir: 'out' },
  { type: 'MEASURES', dir: 'out' },
  { type: 'IN_POPULATION', dir: 'out' },
  { type: 'IN_SETTING', dir: 'out' },
  { type: 'REPORTS', dir: 'out' },
  { type: 'INCLUDES', dir: 'out' },
  { type: 'INCLUDES', dir: 'in' },
  { type: 'SAVED', dir: 'in' },
  { type: 'REACTED', dir: 'in' },
  { type: 'CONTAINS', dir: 'in' },
  { type: 'CHANGED', dir: 'in' },
  { type: 'ALIAS_OF', dir: 'in' },
];

/**
 * Re-points the duplicate's `type` relationships at keep, copying their
 * properties; MERGE folds would-be parallel relationships into keep's
 * existing one (keep's properties win), and would-be self-loops are dropped.
 * Returns how many were moved as `m<i>`.
 */
function moveSubquery({ type, dir, onlyIfKeepHasNone }: Move, i: number): string {
  const old = dir === 'out' ? `(d)-[old:${type}]->(x)` : `(x)-[old:${type}]->(d)`;
  const merged = dir === 'out' ? `(k)-[n:${type}]->(x)` : `(x)-[n:${type}]->(k)`;
  const keepHas = !onlyIfKeepHasNone
    ? 'false'
    : dir === 'out'
      ? `EXISTS { (k)-[:${type}]->() }`
      : `EXISTS { (k)<-[:${type}]-() }`;
  return `CALL (k, d) {
  WITH k, d, ${keepHas} AS keepHas
  MATCH ${old}
  WITH k, d, x, old, NOT keepHas AND x <> k AND x <> d AS move
  CALL (k, x, old, move) {
    WITH k, x, old, move WHERE move
    MERGE ${merged} ON CREATE SET n = properties(old)
    // A fact both papers held keeps the provenance of both (types without sources keep none).
    WITH n, old WHERE old.sources IS NOT NULL
    SET ${addSources('n', 'old.sources')}
  }
  DELETE old
  RETURN count(CASE WHEN move THEN 1 END) AS m${i}
}`;
}

/** Every move of MERGE_MOVES, in order, in one round trip; `moved` lists the counts in that order. */
export const mergeMoves = q(
  'curation.merge.moves',
  `${BOTH}
${MERGE_MOVES.map(moveSubquery).join('\n')}
RETURN [${MERGE_MOVES.map((_, i) => `m${i}`).join(', ')}] AS moved`,
);

/** External tallies move unless keep already has one from the same source; those are deleted. */
export const mergeTallies = q(
  'curation.merge.tallies',
  `${BOTH}
MATCH (d)-[old:HAS_EXTERNAL_TALLY]->(t)
WITH k, t, old, EXISTS { (k)-[:HAS_EXTERNAL_TALLY]->(:ExternalTally {source: t.source}) } AS taken
CALL (k, t, old, taken) {
  WITH k, t, old, taken WHERE NOT taken
  CREATE (k)-[n:HAS_EXTERNAL_TALLY]->(t) SET n = properties(old)
}
CALL (t, taken) { WITH t, taken WHERE taken DETACH DELETE t }
DELETE old
RETURN count(*) AS seen, count(CASE WHEN NOT taken THEN 1 END) AS moved`,
);

/** Deletes the duplicate, provided nothing but dropped authors/venue links remain on it. */
export const mergeDeleteDuplicate = q(
  'curation.merge.deleteDuplicate',
  `MATCH (d:Paper {id: $dup})
WITH d, COLLECT { MATCH (d)-[r]-() RETURN DISTINCT type(r) } AS leftover
CALL (d, leftover) { WITH d, leftover WHERE size(leftover) = 0 DETACH DELETE d }
RETURN leftover`,
);

/** Every CITES pair touching keep, for recountEdges. */
export const mergeKeepPairs = q(
  'curation.merge.keepPairs',
  `MATCH (k:Paper {id: $keep})
RETURN COLLECT { MATCH (k)-[:CITES]->(x:Paper) RETURN {citing: k.id, cited: x.id} AS pair
  UNION MATCH (x:Paper)-[:CITES]->(k) RETURN {citing: x.id, cited: k.id} AS pair } AS pairs`,
);
