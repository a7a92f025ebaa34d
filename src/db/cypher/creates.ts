/**
 * Named Cypher for the writer's create-only fast path: rows the writer knows
 * are new (papers the identity lookup did not find, the citations such a paper
 * makes, statements whose ids are not stored). They CREATE instead of MERGE,
 * take no before-snapshot, run no per-row COLLECT for `sources` and return one
 * count instead of a row per record: the writer already knows every outcome
 * (created) and derives the summary and the counter deltas from what it sent.
 *
 * They store exactly what the upserts in writes.ts and the tagger's write in
 * tags.ts store for a record met for the first time (and what the bulk load
 * writes): the caller sends values already shaped (sorted distinct `sources`,
 * nulls left out, duplicate links removed, tagger links that a record's own
 * link covers dropped); test/integration/bulk-load.test.ts compares the graphs.
 */
import type { NamedQuery } from '../executor.js';
import { addMissingSources } from './writes.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

const PAPER_COUNTERS = `citingPaperCount: 0, referenceCount: 0, statementCount: 0, supportingCount: 0,
  mentioningCount: 0, contrastingCount: 0, unclassifiedCount: 0`;

/** A TAGGER link's properties from tag row `l` (as tags.ts sets them). */
const TAGGER_LINK = (l: string) =>
  `{linkSource: 'TAGGER', taggerVersion: $version, sources: [$version], evidenceField: ${l}.field,
    evidenceText: ${l}.text, evidenceStart: ${l}.evidenceStart, evidenceEnd: ${l}.evidenceEnd}`;

/** CREATEs `(owner)-[:type]->(:label)` for each concept id of `list`, with `$sources`. */
const curatedLinks = (owner: string, list: string, type: string, label: string) =>
  `CALL (${owner}, row) { UNWIND ${list} AS cid MATCH (c:${label} {id: cid}) CREATE (${owner})-[:${type} {sources: $sources}]->(c) }`;

/** CREATEs the tagger's `(owner)-[:type]->(:label)` links of tag rows `list`. */
const taggerLinks = (owner: string, list: string, type: string, label: string) =>
  `CALL (${owner}, row) { UNWIND ${list} AS l MATCH (c:${label} {id: l.concept}) CREATE (${owner})-[:${type} ${TAGGER_LINK('l')}]->(c) }`;

/**
 * `CREATE (alias:label {...})` with each of `keys` from `row.props` (a null is
 * not stored). The keys are named, not set from the map with `+=`: a map of
 * unknown keys makes the planner buffer every row (Eager) before later clauses.
 */
const createNode = (alias: string, label: string, keys: readonly string[], extra = '') =>
  `CREATE (${alias}:${label} {id: row.id, ${keys.map((k) => `${k}: row.props.${k}`).join(', ')}${extra}})`;

/**
 * New papers with their authors, venue, the record's concept links and the
 * tagger's (`$version`); `keys` are the property names a new paper's `props`
 * may hold. Authors and venues are shared nodes, so they are still MERGEd;
 * every relationship is new with its paper.
 */
export function createPapers(keys: readonly string[]): NamedQuery {
  return q(
    'write.papers.create',
    `UNWIND $rows AS row
${createNode('p', 'Paper', keys, `, ${PAPER_COUNTERS}`)}
WITH p, row
CALL (p, row) {
  UNWIND row.authors AS au
  MERGE (a:Author {id: au.id}) ON CREATE SET a.name = au.name
  // Only an orcid not known yet is written: a shared author is not rewritten by every paper.
  FOREACH (_ IN CASE WHEN a.orcid IS NULL AND au.orcid IS NOT NULL THEN [1] ELSE [] END | SET a.orcid = au.orcid)
  CREATE (a)-[:AUTHORED {position: au.position}]->(p)
}
CALL (p, row) {
  WITH p, row WHERE row.venue IS NOT NULL
  MERGE (v:Venue {id: row.venue.id}) ON CREATE SET v.name = row.venue.name
  FOREACH (_ IN CASE WHEN v.issn IS NULL AND row.venue.issn IS NOT NULL THEN [1] ELSE [] END | SET v.issn = row.venue.issn)
  CREATE (p)-[:PUBLISHED_IN {volume: row.venue.volume, issue: row.venue.issue, pages: row.venue.pages}]->(v)
}
${curatedLinks('p', 'row.interventions', 'STUDIES', 'InterventionType')}
${curatedLinks('p', 'row.outcomes', 'MEASURES', 'Outcome')}
${curatedLinks('p', 'row.populations', 'IN_POPULATION', 'Population')}
${curatedLinks('p', 'row.settings', 'IN_SETTING', 'Setting')}
${taggerLinks('p', 'row.tagStudies', 'STUDIES', 'InterventionType')}
${taggerLinks('p', 'row.tagMeasures', 'MEASURES', 'Outcome')}
RETURN count(*) AS written`,
  );
}

/**
 * The citations of papers created by this batch (`{citing, cited: [distinct ids]}`,
 * grouped by citing paper): no such edge can exist yet, so each is created with
 * zero counts, and the counters they change (the citing paper's references, each
 * cited paper's citing papers) are added in the same statement.
 */
export const createCitations = q(
  'write.citations.create',
  `UNWIND $rows AS row
MATCH (a:Paper {id: row.citing})
SET a.referenceCount = coalesce(a.referenceCount, 0) + size(row.cited)
WITH a, row
UNWIND row.cited AS cited
MATCH (b:Paper {id: cited})
CREATE (a)-[:CITES {statementCount: 0, supporting: 0, mentioning: 0, contrasting: 0, unclassified: 0,
  sources: $sources}]->(b)
WITH b, count(*) AS n
SET b.citingPaperCount = coalesce(b.citingPaperCount, 0) + n
RETURN sum(n) AS written`,
);

/**
 * The citations of a chunk of statements (`{citing, cited: [{id, ...edge deltas}]}`),
 * MERGEd as write.citations does, with the edge counts of the chunk's new
 * statements added in the same pass (instead of a second lookup of each edge).
 */
export const mergeCountedCitations = q(
  'write.citations.counted',
  `UNWIND $rows AS row
MATCH (a:Paper {id: row.citing})
UNWIND row.cited AS e
MATCH (b:Paper {id: e.id})
MERGE (a)-[c:CITES]->(b)
WITH a, b, c, e, c.statementCount IS NULL AS created
SET c.statementCount = coalesce(c.statementCount, 0) + e.statements,
    c.supporting = coalesce(c.supporting, 0) + e.supporting,
    c.mentioning = coalesce(c.mentioning, 0) + e.mentioning,
    c.contrasting = coalesce(c.contrasting, 0) + e.contrasting,
    c.unclassified = coalesce(c.unclassified, 0) + e.unclassified
WITH a, b, c, created
${addMissingSources('c')}
RETURN a.id AS citing, b.id AS cited, created, created AS changed`,
);

/** Which of `$ids` are stored statements (the rest take the create path). */
export const storedStatements = q(
  'write.statements.stored',
  `UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id`,
);

/**
 * New statements (`keys`: the property names their `props` may hold), with
 * MAKES and REFERS_TO, the record's ABOUT links (an id that is neither an
 * intervention nor an outcome links nothing, as in the upsert) and the
 * tagger's. Their CITES edge, with its counts, is written by write.citations.counted.
 */
export function createStatements(keys: readonly string[]): NamedQuery {
  return q(
    'write.statements.create',
    `UNWIND $rows AS row
MATCH (a:Paper {id: row.citing})
MATCH (b:Paper {id: row.cited})
${createNode('s', 'Statement', keys)}
CREATE (a)-[:MAKES]->(s)-[:REFERS_TO]->(b)
WITH s, row
CALL (s, row) {
  UNWIND row.about AS cid
  OPTIONAL MATCH (i:InterventionType {id: cid})
  OPTIONAL MATCH (o:Outcome {id: cid})
  WITH s, coalesce(i, o) AS k WHERE k IS NOT NULL
  CREATE (s)-[:ABOUT {sources: $sources}]->(k)
}
${taggerLinks('s', 'row.tagInterventions', 'ABOUT', 'InterventionType')}
${taggerLinks('s', 'row.tagOutcomes', 'ABOUT', 'Outcome')}
RETURN count(*) AS written`,
  );
}
