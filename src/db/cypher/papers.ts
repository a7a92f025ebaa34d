/**
 * Named Cypher for papers and what hangs off them. Every query takes a batch
 * of ids ($ids) so loaders answer N parents in one round trip.
 */
import type { NamedQuery } from '../executor.js';

const q = (name: string, text: string): NamedQuery => ({ name, text });

/**
 * A paper's external tallies come with it (an expansion of one node, usually empty), so
 * the common "paper with its tallies" request is one round trip; the loader primes them.
 */
export const talliesOf = (v: string) =>
  `COLLECT { MATCH (${v})-[:HAS_EXTERNAL_TALLY]->(t:ExternalTally) WITH t ORDER BY t.source RETURN t {.*} } AS tallies`;
const TALLIES = talliesOf('p');

/**
 * Papers by id. An id merged away (identity merging, mergePapers) answers the
 * paper it went into, through its PaperAlias, so saved links keep working.
 */
export const paperByIds = q(
  'paper.byIds',
  `UNWIND $ids AS id
   OPTIONAL MATCH (own:Paper {id: id})
   OPTIONAL MATCH (:PaperAlias {id: id})-[:ALIAS_OF]->(survivor:Paper)
   WITH id, coalesce(own, survivor) AS p WHERE p IS NOT NULL
   RETURN id AS key, p {.*} AS paper, ${TALLIES}`,
);

export const paperByDois = q(
  'paper.byDois',
  `UNWIND $dois AS doi
   MATCH (p:Paper {doi: doi})
   RETURN doi AS key, p {.*} AS paper, ${TALLIES}`,
);

export const paperAuthors = q(
  'paper.authors',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})<-[r:AUTHORED]-(a:Author)
   WITH id, a, r ORDER BY r.position
   RETURN id AS key, collect(a {.*, position: r.position}) AS items`,
);

export const paperVenue = q(
  'paper.venue',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})-[r:PUBLISHED_IN]->(v:Venue)
   RETURN id AS key, v {.*, volume: r.volume, issue: r.issue, pages: r.pages} AS item`,
);

/** Concepts linked to papers; labels and relationship types are fixed text, never input. */
export const paperConcepts = {
  InterventionType: q(
    'paper.interventions',
    `UNWIND $ids AS id
     MATCH (p:Paper {id: id})-[:STUDIES]->(c:InterventionType)
     OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
     WITH id, c, parent ORDER BY c.name
     RETURN id AS key, collect(c {.*, kind: 'InterventionType', parentId: parent.id}) AS items`,
  ),
  Outcome: q(
    'paper.outcomes',
    `UNWIND $ids AS id
     MATCH (p:Paper {id: id})-[:MEASURES]->(c:Outcome)
     OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
     WITH id, c, parent ORDER BY c.name
     RETURN id AS key, collect(c {.*, kind: 'Outcome', parentId: parent.id}) AS items`,
  ),
  Population: q(
    'paper.populations',
    `UNWIND $ids AS id
     MATCH (p:Paper {id: id})-[:IN_POPULATION]->(c:Population)
     WITH id, c ORDER BY c.name
     RETURN id AS key, collect(c {.*, kind: 'Population'}) AS items`,
  ),
  Setting: q(
    'paper.settings',
    `UNWIND $ids AS id
     MATCH (p:Paper {id: id})-[:IN_SETTING]->(c:Setting)
     WITH id, c ORDER BY c.name
     RETURN id AS key, collect(c {.*, kind: 'Setting'}) AS items`,
  ),
} as const;

/**
 * A concept link's source (absent is CURATED: src/db/cypher/tags.ts), the tagger's version
 * and its evidence span, as map entries of a link.
 */
export const LINK_SOURCE = (r: string) =>
  `linkSource: coalesce(${r}.linkSource, 'CURATED'), taggerVersion: ${r}.taggerVersion,
                   evidenceField: ${r}.evidenceField, evidenceText: ${r}.evidenceText,
                   evidenceStart: ${r}.evidenceStart, evidenceEnd: ${r}.evidenceEnd`;

/** A paper's concept links of every kind, with their provenance (Paper.conceptLinks). */
export const paperConceptLinks = q(
  'paper.conceptLinks',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})-[r:STUDIES|MEASURES|IN_POPULATION|IN_SETTING]->(c)
   OPTIONAL MATCH (c)-[:SUBTYPE_OF]->(parent)
   WITH id, r, c, parent ORDER BY type(r), c.name, c.id
   RETURN id AS key,
          collect({relation: type(r), sources: r.sources, verified: r.verified, ${LINK_SOURCE('r')},
                   concept: c {.*, parentId: parent.id,
                               kind: CASE WHEN c:InterventionType THEN 'InterventionType'
                                          WHEN c:Outcome THEN 'Outcome'
                                          WHEN c:Population THEN 'Population' ELSE 'Setting' END}}) AS items`,
);

/** A review's inclusions with their provenance (Paper.inclusionLinks). */
export const paperInclusionLinks = q(
  'paper.inclusionLinks',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})-[i:INCLUDES]->(s:Paper)
   WITH id, i, s ORDER BY s.year, s.id
   RETURN id AS key,
          collect({study: s {.*}, sources: i.sources, verified: i.verified, note: i.note}) AS items`,
);

export const paperFindings = q(
  'paper.findings',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})-[:REPORTS]->(f:Finding)-[:OF]->(i:InterventionType),
         (f)-[:ON]->(o:Outcome)
   WITH id, f, i, o ORDER BY o.name, f.id
   RETURN id AS key, collect(f {.*, paperId: id, interventionId: i.id, outcomeId: o.id}) AS items`,
);

export const paperExternalTallies = q(
  'paper.externalTallies',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})-[:HAS_EXTERNAL_TALLY]->(t:ExternalTally)
   WITH id, t ORDER BY t.source
   RETURN id AS key, collect(t {.*}) AS items`,
);

export const paperIncludes = q(
  'paper.includes',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})-[:INCLUDES]->(s:Paper)
   WITH id, s ORDER BY s.year, s.id
   RETURN id AS key, collect(s {.*}) AS items`,
);

export const paperIncludedIn = q(
  'paper.includedIn',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})<-[:INCLUDES]-(r:Paper)
   WITH id, r ORDER BY r.year DESC, r.id
   RETURN id AS key, collect(r {.*}) AS items`,
);
