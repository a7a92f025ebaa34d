/**
 * Named Cypher for the batch writer. Every write is `UNWIND $rows` and MERGEs
 * on ids, so re-running a batch changes nothing; each returns per-row
 * created/changed flags for the import summary. Clauses that several queries
 * share (a paper's links, counter SETs) are built once by the helpers here.
 */
import { PAPER_LISTS } from '../../domain/import-format.js';
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/**
 * `SET` item adding `sources` (the batch's `$sources` unless given) to
 * `<alias>.sources`, kept a sorted distinct list: provenance accumulates, so a
 * fact two sources assert lists both.
 */
export function addSources(alias: string, sources = '$sources'): string {
  return `${alias}.sources = COLLECT { UNWIND coalesce(${alias}.sources, []) + ${sources} AS source_ RETURN DISTINCT source_ ORDER BY source_ }`;
}

/**
 * addSources as a subquery that leaves `alias` alone when it already lists every one of
 * $sources: most edges met again do, and are then not rewritten.
 */
export function addMissingSources(alias: string): string {
  return `CALL (${alias}) {
  WITH ${alias} WHERE NOT all(source_ IN $sources WHERE source_ IN coalesce(${alias}.sources, []))
  SET ${addSources(alias)}
}`;
}

/**
 * Looks up existing papers by every identifier kind in one round trip, with
 * the identifiers each one holds (a merge's survivor is chosen by them). An id
 * merged away answers the paper it went into.
 */
export const resolvePapers = q(
  'write.resolvePapers',
  `CALL () {
  UNWIND $id AS v MATCH (p:Paper {id: v}) RETURN 'id' AS kind, v, p
  UNION ALL UNWIND $id AS v MATCH (:PaperAlias {id: v})-[:ALIAS_OF]->(p:Paper)
    WHERE NOT EXISTS { (:Paper {id: v}) } RETURN 'id' AS kind, v, p
  UNION ALL UNWIND $doi AS v MATCH (p:Paper {doi: v}) RETURN 'doi' AS kind, v, p
  UNION ALL UNWIND $pmid AS v MATCH (p:Paper {pmid: v}) RETURN 'pmid' AS kind, v, p
  UNION ALL UNWIND $pmcid AS v MATCH (p:Paper {pmcid: v}) RETURN 'pmcid' AS kind, v, p
  UNION ALL UNWIND $openalexId AS v MATCH (p:Paper {openalexId: v}) RETURN 'openalexId' AS kind, v, p
  UNION ALL UNWIND $s2Id AS v MATCH (p:Paper {s2Id: v}) RETURN 's2Id' AS kind, v, p
}
RETURN kind, v, p.id AS pid, p {.doi, .pmid, .pmcid, .openalexId, .s2Id} AS keys`,
);

export const existingConcepts = q(
  'write.existingConcepts',
  `UNWIND $ids AS v
CALL (v) {
  OPTIONAL MATCH (i:InterventionType {id: v}) OPTIONAL MATCH (o:Outcome {id: v})
  OPTIONAL MATCH (pop:Population {id: v}) OPTIONAL MATCH (s:Setting {id: v})
  RETURN CASE WHEN i IS NOT NULL THEN 'intervention' WHEN o IS NOT NULL THEN 'outcome'
              WHEN pop IS NOT NULL THEN 'population' WHEN s IS NOT NULL THEN 'setting' END AS kind
}
WITH v, kind WHERE kind IS NOT NULL
RETURN v AS id, kind`,
);

/** The node label of each concept kind. */
export const CONCEPT_LABEL = {
  intervention: 'InterventionType',
  outcome: 'Outcome',
  population: 'Population',
  setting: 'Setting',
} as const;
export type ConceptKindKey = keyof typeof CONCEPT_LABEL;

function conceptUpsert(kind: ConceptKindKey): NamedQuery {
  const label = CONCEPT_LABEL[kind];
  return q(
    `write.concepts.${kind}`,
    `UNWIND $rows AS row
MERGE (c:${label} {id: row.id})
WITH c, row, properties(c) AS before,
     COLLECT { MATCH (c)-[:SUBTYPE_OF]->(x) RETURN x.id } AS beforeParent
SET c.name = row.name, c.description = coalesce(row.description, c.description),
    c.domain = coalesce(row.domain, c.domain), c.synonyms = coalesce(row.synonyms, c.synonyms),
    c.instruments = coalesce(row.instruments, c.instruments)
WITH c, row, before, beforeParent
CALL (c, row) {
  WITH c, row WHERE row.parent IS NOT NULL
  OPTIONAL MATCH (c)-[old:SUBTYPE_OF]->(x) WHERE x.id <> row.parent
  DELETE old
  WITH DISTINCT c, row
  MATCH (parent:${label} {id: row.parent})
  MERGE (c)-[:SUBTYPE_OF]->(parent)
}
RETURN row.id AS id, size(keys(before)) <= 1 AS created,
       before <> properties(c) OR beforeParent <> CASE WHEN row.parent IS NULL THEN beforeParent ELSE [row.parent] END AS changed`,
  );
}

export const upsertConcepts: Record<ConceptKindKey, NamedQuery> = {
  intervention: conceptUpsert('intervention'),
  outcome: conceptUpsert('outcome'),
  population: conceptUpsert('population'),
  setting: conceptUpsert('setting'),
};

const COUNTERS_ON_CREATE = `p.citingPaperCount = 0, p.referenceCount = 0, p.statementCount = 0,
  p.supportingCount = 0, p.mentioningCount = 0, p.contrastingCount = 0, p.unclassifiedCount = 0, p.stub = true`;

const PAPER_BEFORE = `WITH p, row, properties(p) AS before,
  COLLECT { MATCH (a:Author)-[r:AUTHORED]->(p) RETURN a.id + '@' + toString(r.position) ORDER BY r.position } AS beforeAuthors,
  COLLECT { MATCH (p)-[r:PUBLISHED_IN]->(v) RETURN [v.id, r.volume, r.issue, r.pages] } AS beforeVenue,
  COLLECT { MATCH (p)-[:STUDIES|MEASURES|IN_POPULATION|IN_SETTING]->(c) RETURN c.id ORDER BY c.id } AS beforeConcepts`;

/**
 * The subqueries that link a paper to its authors, venue and concepts, shared
 * by the create and upsert queries. `guard` is the row condition under which
 * authors (or the venue) are written; the upserts also delete the old ones first.
 */
function authorLinks(guard?: string): string {
  return `CALL (p, row) {
${guard ? `  WITH p, row WHERE ${guard}\n` : ''}  UNWIND row.authors AS au
  MERGE (a:Author {id: au.id}) ON CREATE SET a.name = au.name
  SET a.orcid = coalesce(a.orcid, au.orcid)
  MERGE (a)-[r:AUTHORED]->(p) SET r.position = au.position
}`;
}

function venueLink(guard: string): string {
  return `CALL (p, row) {
  WITH p, row WHERE ${guard}
  MERGE (v:Venue {id: row.venue.id}) ON CREATE SET v.name = row.venue.name
  SET v.issn = coalesce(v.issn, row.venue.issn)
  MERGE (p)-[r:PUBLISHED_IN]->(v)
  SET r.volume = row.venue.volume, r.issue = row.venue.issue, r.pages = row.venue.pages
}`;
}

/**
 * `SET` items for a concept link a source or a curator asserts: its sources gain `sources`,
 * and a TAGGER link it meets becomes CURATED (no link source is CURATED), losing the
 * tagger's version, evidence and provenance name (src/db/cypher/tags.ts).
 */
export function curatedLink(alias: string, sources = '$sources'): string {
  return `${alias}.sources = COLLECT { UNWIND [x_ IN coalesce(${alias}.sources, []) WHERE NOT x_ STARTS WITH 'tagger@'] + ${sources} AS source_ RETURN DISTINCT source_ ORDER BY source_ },
    ${alias}.linkSource = null, ${alias}.taggerVersion = null, ${alias}.evidenceField = null,
    ${alias}.evidenceText = null, ${alias}.evidenceStart = null, ${alias}.evidenceEnd = null`;
}

const CONCEPT_LINKS = `CALL (p, row) { UNWIND row.interventions AS cid MATCH (c:InterventionType {id: cid}) MERGE (p)-[r:STUDIES]->(c) SET ${curatedLink('r')} }
CALL (p, row) { UNWIND row.outcomes AS cid MATCH (c:Outcome {id: cid}) MERGE (p)-[r:MEASURES]->(c) SET ${curatedLink('r')} }
CALL (p, row) { UNWIND row.populations AS cid MATCH (c:Population {id: cid}) MERGE (p)-[r:IN_POPULATION]->(c) SET ${addSources('r')} }
CALL (p, row) { UNWIND row.settings AS cid MATCH (c:Setting {id: cid}) MERGE (p)-[r:IN_SETTING]->(c) SET ${addSources('r')} }`;

const PAPER_LINKS = `CALL (p, row) {
  WITH p, row WHERE row.replaceAuthors
  OPTIONAL MATCH (p)<-[r:AUTHORED]-(:Author) DELETE r
}
${authorLinks('row.replaceAuthors')}
CALL (p, row) {
  WITH p, row WHERE row.replaceVenue
  OPTIONAL MATCH (p)-[r:PUBLISHED_IN]->(:Venue) DELETE r
}
${venueLink('row.replaceVenue')}
${CONCEPT_LINKS}
RETURN row.id AS id, row.isNew AS created,
  before <> properties(p)
  OR beforeAuthors <> COLLECT { MATCH (a:Author)-[r:AUTHORED]->(p) RETURN a.id + '@' + toString(r.position) ORDER BY r.position }
  OR beforeVenue <> COLLECT { MATCH (p)-[r:PUBLISHED_IN]->(v) RETURN [v.id, r.volume, r.issue, r.pages] }
  OR beforeConcepts <> COLLECT { MATCH (p)-[:STUDIES|MEASURES|IN_POPULATION|IN_SETTING]->(c) RETURN c.id ORDER BY c.id } AS changed`;

/**
 * Papers the identity lookup did not find: nothing to compare or replace, so no
 * before-snapshot and no deletes (the costly parts of the upserts below). MERGE
 * still makes a concurrent creation of the same id harmless.
 */
export const createPapers = q(
  'write.papers.new',
  `UNWIND $rows AS row
MERGE (p:Paper {id: row.id}) ON CREATE SET ${COUNTERS_ON_CREATE}
SET p += row.props, p.stub = row.stub
WITH p, row
${authorLinks()}
${venueLink('row.venue IS NOT NULL')}
${CONCEPT_LINKS}
RETURN row.id AS id, true AS created, true AS changed`,
);

/** A full record: its values win over what the graph holds; absent values keep the old ones. */
export const upsertFullPapers = q(
  'write.papers.full',
  `UNWIND $rows AS row
MERGE (p:Paper {id: row.id}) ON CREATE SET ${COUNTERS_ON_CREATE}
${PAPER_BEFORE}
SET p.doi = coalesce(row.doi, p.doi), p.pmid = coalesce(row.pmid, p.pmid),
    p.pmcid = coalesce(row.pmcid, p.pmcid), p.openalexId = coalesce(row.openalexId, p.openalexId),
    p.s2Id = coalesce(row.s2Id, p.s2Id), p.title = coalesce(row.title, p.title),
    p.abstract = coalesce(row.abstract, p.abstract), p.year = coalesce(row.year, p.year),
    p.publicationDate = coalesce(row.publicationDate, p.publicationDate),
    ${PAPER_LISTS.map((k) => `p.${k} = CASE WHEN size(row.${k}) > 0 THEN row.${k} ELSE p.${k} END`).join(',\n    ')},
    p.url = coalesce(row.url, p.url), p.stub = false
WITH p, row, before, beforeAuthors, beforeVenue, beforeConcepts
${PAPER_LINKS}`,
);

/** A partial (nested) record: it only fills what is still empty. */
export const upsertPartialPapers = q(
  'write.papers.partial',
  `UNWIND $rows AS row
MERGE (p:Paper {id: row.id}) ON CREATE SET ${COUNTERS_ON_CREATE}
${PAPER_BEFORE}
SET p.doi = coalesce(p.doi, row.doi), p.pmid = coalesce(p.pmid, row.pmid),
    p.pmcid = coalesce(p.pmcid, row.pmcid), p.openalexId = coalesce(p.openalexId, row.openalexId),
    p.s2Id = coalesce(p.s2Id, row.s2Id), p.title = coalesce(p.title, row.title),
    p.abstract = coalesce(p.abstract, row.abstract), p.year = coalesce(p.year, row.year),
    p.publicationDate = coalesce(p.publicationDate, row.publicationDate),
    ${PAPER_LISTS.map((k) => `p.${k} = CASE WHEN size(coalesce(p.${k}, [])) > 0 THEN p.${k} ELSE row.${k} END`).join(',\n    ')},
    p.url = coalesce(p.url, row.url)
WITH p, row, before, beforeAuthors, beforeVenue, beforeConcepts
WITH p, before, beforeAuthors, beforeVenue, beforeConcepts,
     row {.*, replaceAuthors: row.replaceAuthors AND size(beforeAuthors) = 0,
               replaceVenue: row.replaceVenue AND size(beforeVenue) = 0} AS row
${PAPER_LINKS}`,
);

/**
 * Citations grouped by citing paper (`{citing, cited: [ids]}`), so each citing
 * paper is looked up once per chunk; counters are initialised only on creation.
 */
export const mergeCitations = q(
  'write.citations',
  `UNWIND $rows AS row
MATCH (a:Paper {id: row.citing})
UNWIND row.cited AS cited
MATCH (b:Paper {id: cited})
MERGE (a)-[c:CITES]->(b)
// Pairs are distinct within a call (the writer dedupes them), so a null counter means "just created".
WITH a, b, c, c.statementCount IS NULL AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET c.statementCount = 0, c.supporting = 0, c.mentioning = 0, c.contrasting = 0, c.unclassified = 0)
WITH a, b, c, created
${addMissingSources('c')}
RETURN a.id AS citing, b.id AS cited, created, created AS changed`,
);

/**
 * Marks CITES edges whose record says the fact could not be verified; only
 * flagged pairs are sent, and a flag is never cleared by an unflagged record.
 */
export const flagCitations = q(
  'write.citationFlags',
  `UNWIND $rows AS row
MATCH (a:Paper {id: row.citing})-[c:CITES]->(b:Paper {id: row.cited})
SET c.verified = false, c.note = coalesce(row.note, c.note)`,
);

/**
 * Paper fields a record flags as not confirmed by the published record:
 * `unverifiedFields` with `unverifiedNotes` in the same order. Only flagging
 * records are sent; a partial record only flags a paper that has no flags yet.
 */
export const flagPapers = q(
  'write.paperFlags',
  `UNWIND $rows AS row
MATCH (p:Paper {id: row.id})
WITH p, row WHERE NOT row.partial OR p.unverifiedFields IS NULL
SET p.unverifiedFields = row.fields, p.unverifiedNotes = row.notes`,
);

/** `SET` clause adding each delta field `d.<field>` to the counter property `<alias>.<prop>`. */
function addDeltas(alias: string, counters: [prop: string, field: string][]): string {
  return `SET ${counters
    .map(([prop, field]) => `${alias}.${prop} = coalesce(${alias}.${prop}, 0) + d.${field}`)
    .join(',\n    ')}`;
}

/**
 * Adds counter deltas to papers. The writer computes them from what each
 * write query reports (an edge or statement created, a polarity changed), so
 * counters stay exact at O(rows) cost instead of recounting every hub a chunk touches.
 */
export const applyPaperDeltas = q(
  'write.paperDeltas',
  `UNWIND $rows AS d
MATCH (p:Paper {id: d.id})
${addDeltas('p', [
  ['citingPaperCount', 'citingPapers'],
  ['referenceCount', 'references'],
  ['statementCount', 'statements'],
  ['supportingCount', 'supporting'],
  ['mentioningCount', 'mentioning'],
  ['contrastingCount', 'contrasting'],
  ['unclassifiedCount', 'unclassified'],
])}`,
);

/** Adds statement-count deltas to CITES edges (which exist: statements create them first). */
export const applyEdgeDeltas = q(
  'write.edgeDeltas',
  `UNWIND $rows AS d
MATCH (a:Paper {id: d.citing})-[c:CITES]->(b:Paper {id: d.cited})
${addDeltas('c', [
  ['statementCount', 'statements'],
  ['supporting', 'supporting'],
  ['mentioning', 'mentioning'],
  ['contrasting', 'contrasting'],
  ['unclassified', 'unclassified'],
])}`,
);

/**
 * Who holds `alias`'s polarity or purpose label now. A statement stored before
 * labels carried their source has none recorded: its label is the curator's
 * when a curator made the statement, else its source's.
 */
export function heldLabelSource(alias: string, label: 'polarity' | 'purpose'): string {
  const has =
    label === 'polarity'
      ? `coalesce(${alias}.polarity, 'UNCLASSIFIED') <> 'UNCLASSIFIED'`
      : `${alias}.purpose IS NOT NULL`;
  return `coalesce(${alias}.${label}Source, CASE WHEN ${has} THEN CASE WHEN ${alias}.source = 'curated' THEN 'CURATOR' ELSE 'SOURCE' END END)`;
}

/**
 * Whether a label given as `given` (SOURCE, MODEL or null: none) replaces the
 * one held as `held`: nothing replaces a curator's, a model's never replaces a
 * source's, and a newer model label replaces an older one.
 */
export function labelTakes(given: string, held: string): string {
  return `CASE WHEN ${given} IS NULL OR ${held} = 'CURATOR' THEN false WHEN ${given} = 'MODEL' AND ${held} = 'SOURCE' THEN false ELSE true END`;
}

/**
 * `SET` item for `<alias>.sources` after its labels are set: the stored list
 * without classifier versions, plus `sources`, plus `classifier@<version>` of
 * each label the model now holds (a relabelled statement names only the model
 * that labelled it).
 */
export function labelledSources(alias: string, sources = '$sources'): string {
  const model = (label: string) =>
    `CASE WHEN ${alias}.${label}Source = 'MODEL' AND ${alias}.${label}Version IS NOT NULL THEN ['classifier@' + ${alias}.${label}Version] ELSE [] END`;
  return `${alias}.sources = COLLECT { UNWIND [x_ IN coalesce(${alias}.sources, []) WHERE NOT x_ STARTS WITH 'classifier@'] + ${sources} + ${model('polarity')} + ${model('purpose')} AS source_ RETURN DISTINCT source_ ORDER BY source_ }`;
}

/**
 * Statements by id. A source that gives no value (an OTHER section, no
 * context) never erases what another source stored; labels follow
 * labelTakes (a row's label is its source's, or the classifier's where the
 * source gave none: src/importers/resolve/labels.ts); the context (sentence
 * before and after) is one pair, replaced whole by a source that gives either
 * side, so two sources' halves are never mixed.
 */
export const upsertStatements = q(
  'write.statements',
  `UNWIND $rows AS row
MATCH (a:Paper {id: row.citing})
MATCH (b:Paper {id: row.cited})
MERGE (s:Statement {id: row.id})
WITH a, b, s, row, properties(s) AS before,
     COLLECT { MATCH (s)-[:ABOUT]->(k) RETURN k.id ORDER BY k.id } AS beforeAbout,
     ${heldLabelSource('s', 'polarity')} AS heldPolarity, ${heldLabelSource('s', 'purpose')} AS heldPurpose
WITH a, b, s, row, before, beforeAbout, heldPolarity, heldPurpose,
     ${labelTakes('row.polaritySource', 'heldPolarity')} AS newPolarity,
     ${labelTakes('row.purposeSource', 'heldPurpose')} AS newPurpose
SET s.text = row.text, s.section = CASE WHEN row.section = 'OTHER' THEN coalesce(s.section, 'OTHER') ELSE row.section END,
    s.polarity = CASE WHEN newPolarity THEN row.polarity ELSE coalesce(s.polarity, 'UNCLASSIFIED') END,
    s.polaritySource = CASE WHEN newPolarity THEN row.polaritySource ELSE heldPolarity END,
    s.confidence = CASE WHEN NOT newPolarity AND heldPolarity IS NULL THEN coalesce(row.confidence, s.confidence)
      WHEN NOT newPolarity THEN s.confidence
      WHEN row.polaritySource = 'SOURCE' AND heldPolarity = 'SOURCE' THEN coalesce(row.confidence, s.confidence)
      ELSE row.confidence END,
    s.polarityRule = CASE WHEN newPolarity THEN row.polarityRule ELSE s.polarityRule END,
    s.polarityVersion = CASE WHEN newPolarity THEN row.polarityVersion ELSE s.polarityVersion END,
    s.purpose = CASE WHEN newPurpose THEN row.purpose ELSE s.purpose END,
    s.purposeSource = CASE WHEN newPurpose THEN row.purposeSource ELSE heldPurpose END,
    s.purposeConfidence = CASE WHEN newPurpose THEN row.purposeConfidence ELSE s.purposeConfidence END,
    s.purposeVersion = CASE WHEN newPurpose THEN row.purposeVersion ELSE s.purposeVersion END,
    s.source = coalesce(s.source, row.source), s.provenance = coalesce(row.provenance, s.provenance),
    s.verified = coalesce(row.verified, s.verified), s.note = coalesce(row.note, s.note),
    s.contextBefore = CASE WHEN row.contextBefore IS NULL AND row.contextAfter IS NULL THEN s.contextBefore ELSE row.contextBefore END,
    s.contextAfter = CASE WHEN row.contextBefore IS NULL AND row.contextAfter IS NULL THEN s.contextAfter ELSE row.contextAfter END
SET ${labelledSources('s')}
MERGE (a)-[:MAKES]->(s)
MERGE (s)-[:REFERS_TO]->(b)
WITH s, row, before, beforeAbout
CALL (s, row) {
  WITH s, row WHERE size(row.about) > 0
  // The tagger's links are its own to replace (src/db/cypher/tags.ts).
  OPTIONAL MATCH (s)-[r:ABOUT]->(k) WHERE NOT k.id IN row.about AND r.linkSource IS NULL DELETE r
}
CALL (s, row) {
  UNWIND row.about AS cid
  OPTIONAL MATCH (i:InterventionType {id: cid})
  OPTIONAL MATCH (o:Outcome {id: cid})
  WITH s, coalesce(i, o) AS k WHERE k IS NOT NULL
  MERGE (s)-[r:ABOUT]->(k)
  SET ${curatedLink('r')}
}
RETURN row.id AS id, row.citing AS citing, row.cited AS cited,
       size(keys(before)) <= 1 AS created, before.polarity AS oldPolarity, s.polarity AS newPolarity,
       before <> properties(s) OR beforeAbout <> COLLECT { MATCH (s)-[:ABOUT]->(k) RETURN k.id ORDER BY k.id } AS changed`,
);

export const upsertFindings = q(
  'write.findings',
  `UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (i:InterventionType {id: row.intervention})
MATCH (o:Outcome {id: row.outcome})
MERGE (f:Finding {id: row.id})
WITH p, i, o, f, row, properties(f) AS before
SET f += row.props, ${addSources('f')}
MERGE (p)-[:REPORTS]->(f)
MERGE (f)-[:OF]->(i)
MERGE (f)-[:ON]->(o)
RETURN row.id AS id, size(keys(before)) <= 1 AS created, before <> properties(f) AS changed`,
);

export const upsertTallies = q(
  'write.tallies',
  `UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MERGE (t:ExternalTally {id: row.id})
WITH p, t, row, properties(t) AS before
SET t += row.props
MERGE (p)-[:HAS_EXTERNAL_TALLY]->(t)
RETURN row.id AS id, size(keys(before)) <= 1 AS created, before <> properties(t) AS changed`,
);

export const mergeInclusions = q(
  'write.inclusions',
  `UNWIND $rows AS row
MATCH (r:Paper {id: row.review})
MATCH (s:Paper {id: row.study})
MERGE (r)-[i:INCLUDES]->(s)
WITH i, row, i.since IS NULL AS created
SET i.since = coalesce(i.since, datetime()), ${addSources('i')},
    i.verified = coalesce(row.verified, i.verified), i.note = coalesce(row.note, i.note)
RETURN created, created AS changed`,
);

/** Recomputes the denormalised counters of papers from the graph; run in the same transaction as the write. */
export const recountPapers = q(
  'write.recountPapers',
  `UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  OPTIONAL MATCH (s:Statement)-[:REFERS_TO]->(p)
  RETURN count(s) AS n,
         count(CASE s.polarity WHEN 'SUPPORTING' THEN 1 END) AS sup,
         count(CASE s.polarity WHEN 'MENTIONING' THEN 1 END) AS men,
         count(CASE s.polarity WHEN 'CONTRASTING' THEN 1 END) AS con,
         count(CASE s.polarity WHEN 'UNCLASSIFIED' THEN 1 END) AS unc
}
SET p.citingPaperCount = COUNT { ()-[:CITES]->(p) }, p.referenceCount = COUNT { (p)-[:CITES]->() },
    p.statementCount = n, p.supportingCount = sup, p.mentioningCount = men,
    p.contrastingCount = con, p.unclassifiedCount = unc`,
);

/** Recomputes the per-edge statement counts of CITES relationships. */
export const recountEdges = q(
  'write.recountEdges',
  `UNWIND $pairs AS pair
MATCH (a:Paper {id: pair.citing})-[c:CITES]->(b:Paper {id: pair.cited})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(b)
  RETURN count(s) AS n,
         count(CASE s.polarity WHEN 'SUPPORTING' THEN 1 END) AS sup,
         count(CASE s.polarity WHEN 'MENTIONING' THEN 1 END) AS men,
         count(CASE s.polarity WHEN 'CONTRASTING' THEN 1 END) AS con,
         count(CASE s.polarity WHEN 'UNCLASSIFIED' THEN 1 END) AS unc
}
SET c.statementCount = n, c.supporting = sup, c.mentioning = men, c.contrasting = con, c.unclassified = unc`,
);
