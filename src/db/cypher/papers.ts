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
const TALLIES = `COLLECT { MATCH (p)-[:HAS_EXTERNAL_TALLY]->(t:ExternalTally) WITH t ORDER BY t.source RETURN t {.*} } AS tallies`;

export const paperByIds = q(
  'paper.byIds',
  `UNWIND $ids AS id
   MATCH (p:Paper {id: id})
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
