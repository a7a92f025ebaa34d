/**
 * The eight benchmark operations, each in three forms: our GraphQL document (arm A), the
 * closest @neo4j/graphql document (arm B, bench/neo4j-graphql) and hand-written Cypher run
 * through neo4j-driver (arm C). Every form takes its variables from the same pool entry, so
 * the three arms ask for the same thing in the same order.
 *
 * Lives in src/perf because the benchmarks (bench/) and the test suite both use it and
 * tests never import bench/; nothing shipped imports src/perf.
 */

/** Parameter pools read from the loaded corpus (see pools.ts). */
export interface Pools {
  /** DOIs of well-cited papers (ranks 1..1000 by citing papers, every 10th). */
  dois: string[];
  /** Graph ids of the same papers. */
  ids: string[];
  /** DOIs of papers with many references (ranks 1..1000 by references, every 10th), for op 3. */
  citingDois: string[];
  /** Intervention × outcome pairs with their subtype ids, for op 4. */
  pairs: { i: string; o: string; iAll: string[]; oAll: string[] }[];
  /** Full-text queries over statement text (paper numbers, which statements quote). */
  terms: string[];
  /** Outcome domains that have outcomes. */
  domains: string[];
}

export type Vars = Record<string, unknown>;

/** One benchmark operation. */
export interface Operation {
  name: string;
  /** Our GraphQL document (schema/*.graphql). */
  ours: string;
  /** The @neo4j/graphql document; `bNote` says where it differs from ours. */
  neo4jGraphql: string;
  bNote?: string;
  /** Hand-written Cypher: the floor. */
  cypher: string;
  /** Variables for request number `k` (GraphQL arms) / Cypher parameters. */
  vars(pools: Pools, k: number): Vars;
  cypherParams(pools: Pools, k: number): Vars;
}

const at = <T>(list: T[], k: number): T => list[k % list.length]!;

const POLARITY = ['MENTIONING', 'SUPPORTING'];
const SECTION = ['INTRODUCTION', 'DISCUSSION'];

export const OPERATIONS: Operation[] = [
  {
    name: '1 paper by DOI + tally + external tallies',
    ours: `query Op1($doi: String!) { paper(doi: $doi) { id doi title year
  tally { citingPapers statements supporting mentioning contrasting unclassified references }
  externalTallies { source asOf citingPublications statements supporting mentioning contrasting unclassified } } }`,
    neo4jGraphql: `query Op1($doi: String!) { papers(where: {doi: {eq: $doi}}) { id doi title year
  citingPaperCount statementCount supportingCount mentioningCount contrastingCount unclassifiedCount referenceCount
  externalTallies { source asOf citingPublications statements supporting mentioning contrasting unclassified } } }`,
    cypher: `MATCH (p:Paper {doi: $doi})
RETURN p {.id, .doi, .title, .year, .citingPaperCount, .statementCount, .supportingCount,
  .mentioningCount, .contrastingCount, .unclassifiedCount, .referenceCount,
  externalTallies: [(p)-[:HAS_EXTERNAL_TALLY]->(t:ExternalTally) | t {.source, .asOf,
    .citingPublications, .statements, .supporting, .mentioning, .contrasting, .unclassified}]} AS paper`,
    vars: (p, k) => ({ doi: at(p.dois, k) }),
    cypherParams: (p, k) => ({ doi: at(p.dois, k) }),
  },
  {
    name: '2 citations page, statements by polarity + section',
    ours: `query Op2($doi: String!, $polarity: [Polarity!], $section: [Section!]) { paper(doi: $doi) { id
  citations(where: {polarity: $polarity, section: $section}, first: 20) { totalCount
    edges { cursor node { id doi title year } statements { id text section polarity confidence } }
    pageInfo { hasNextPage endCursor } } } }`,
    neo4jGraphql: `query Op2($doi: String!, $polarity: [String!], $section: [String!]) {
  papers(where: {doi: {eq: $doi}}) { id
    citedByConnection(first: 20, sort: [{node: {year: DESC}}],
      where: {node: {makes: {some: {polarity: {in: $polarity}, section: {in: $section}, cited: {some: {doi: {eq: $doi}}}}}}}) {
      totalCount
      edges { cursor node { id doi title year
        makes(where: {polarity: {in: $polarity}, section: {in: $section}, cited: {some: {doi: {eq: $doi}}}},
              sort: [{confidence: DESC}]) { id text section polarity confidence } } }
      pageInfo { hasNextPage endCursor } } } }`,
    cypher: `MATCH (anchor:Paper {doi: $doi})<-[:REFERS_TO]-(s:Statement)<-[:MAKES]-(other:Paper)
WHERE s.polarity IN $polarity AND s.section IN $section
WITH other, s ORDER BY s.confidence DESC, s.id
WITH other, collect(s {.id, .text, .section, .polarity, .confidence}) AS statements
ORDER BY other.year IS NULL, other.year DESC, other.id
WITH collect({paper: other, statements: statements}) AS rows
CALL (rows) {
  UNWIND rows[0..20] AS r
  WITH r.paper AS x, r.statements AS statements
  RETURN collect({paper: x {.id, .doi, .title, .year}, statements: statements}) AS page
}
RETURN size(rows) AS total, page`,
    vars: (p, k) => ({ doi: at(p.dois, k), polarity: POLARITY, section: SECTION }),
    cypherParams: (p, k) => ({ doi: at(p.dois, k), polarity: POLARITY, section: SECTION }),
  },
  {
    name: '3 references page',
    ours: `query Op3($doi: String!) { paper(doi: $doi) { id
  references(first: 20) { totalCount
    edges { cursor node { id doi title year } statements { id section polarity } }
    pageInfo { hasNextPage endCursor } } } }`,
    neo4jGraphql: `query Op3($doi: String!) { papers(where: {doi: {eq: $doi}}) { id
  citesConnection(first: 20, sort: [{node: {year: DESC}}]) { totalCount
    edges { cursor node { id doi title year
      statementsAbout(where: {citing: {some: {doi: {eq: $doi}}}}) { id section polarity } } }
    pageInfo { hasNextPage endCursor } } } }`,
    cypher: `MATCH (anchor:Paper {doi: $doi})
CALL (anchor) {
  MATCH (anchor)-[:CITES]->(other:Paper)
  WITH other ORDER BY other.year IS NULL, other.year DESC, other.id
  RETURN collect(other) AS others
}
CALL (anchor, others) {
  UNWIND others[0..20] AS other
  RETURN collect({paper: other {.id, .doi, .title, .year},
    statements: [(anchor)-[:MAKES]->(s:Statement)-[:REFERS_TO]->(other) | s {.id, .section, .polarity}]}) AS page
}
RETURN size(others) AS total, page`,
    vars: (p, k) => ({ doi: at(p.citingDois, k) }),
    cypherParams: (p, k) => ({ doi: at(p.citingDois, k) }),
  },
  {
    name: '4 papers by intervention + outcome, by year',
    ours: `query Op4($i: ID!, $o: ID!) {
  papers(where: {interventions: [$i], outcomes: [$o]}, orderBy: {field: YEAR, direction: DESC}, first: 20) {
    totalCount edges { cursor node { id doi title year } } pageInfo { hasNextPage endCursor } } }`,
    neo4jGraphql: `query Op4($iAll: [ID!], $oAll: [ID!]) {
  papersConnection(first: 20, sort: [{year: DESC}],
    where: {interventions: {some: {id: {in: $iAll}}}, outcomes: {some: {id: {in: $oAll}}}}) {
    totalCount edges { cursor node { id doi title year } } pageInfo { hasNextPage endCursor } } }`,
    bNote: 'subtype ids expanded by the client (no hierarchy in the library)',
    cypher: `MATCH (:InterventionType {id: $i})<-[:SUBTYPE_OF*0..]-(:InterventionType)<-[:STUDIES]-(p:Paper)
WHERE EXISTS { (p)-[:MEASURES]->(:Outcome)-[:SUBTYPE_OF*0..]->(:Outcome {id: $o}) }
WITH DISTINCT p ORDER BY p.year IS NULL, p.year DESC, p.id
WITH collect(p) AS ps
RETURN size(ps) AS total, [x IN ps[0..20] | x {.id, .doi, .title, .year}] AS page`,
    vars: (p, k) => {
      const pair = at(p.pairs, k);
      return { i: pair.i, o: pair.o, iAll: pair.iAll, oAll: pair.oAll };
    },
    cypherParams: (p, k) => {
      const pair = at(p.pairs, k);
      return { i: pair.i, o: pair.o };
    },
  },
  {
    name: '5 full-text search over statements',
    ours: `query Op5($text: String!) { statements(search: $text, first: 20) { totalCount
  edges { score node { id text section polarity citing { id title } cited { id title } } }
  pageInfo { hasNextPage endCursor } } }`,
    neo4jGraphql: `query Op5($text: String!) { statementSearch(phrase: $text, first: 20) { totalCount
  edges { score node { id text section polarity citing { id title } cited { id title } } }
  pageInfo { hasNextPage endCursor } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS s, score
MATCH (citing:Paper)-[:MAKES]->(s)-[:REFERS_TO]->(cited:Paper)
WITH s, citing, cited, score ORDER BY score DESC, s.id
WITH collect({s: s, citing: citing, cited: cited, score: score}) AS hits
CALL (hits) {
  UNWIND hits[0..20] AS h
  WITH h.s AS s, h.citing AS citing, h.cited AS cited, h.score AS score
  RETURN collect({score: score, node: s {.id, .text, .section, .polarity,
    citing: citing {.id, .title}, cited: cited {.id, .title}}}) AS page
}
RETURN size(hits) AS total, page`,
    vars: (p, k) => ({ text: at(p.terms, k) }),
    cypherParams: (p, k) => ({ text: at(p.terms, k) }),
  },
  {
    name: '6 citationNetwork, 2 hops, limit 200',
    ours: `query Op6($id: ID!) { citationNetwork(seeds: [$id], depth: 2, direction: BOTH, limit: 200) {
  truncated nodes { depth inDegree outDegree score paper { id title year } }
  edges { source target statementCount } } }`,
    neo4jGraphql: `query Op6($id: ID!) { papers(where: {id: {eq: $id}}) { id title year
  cites(limit: 10, sort: [{citingPaperCount: DESC}]) { id title year
    cites(limit: 5, sort: [{citingPaperCount: DESC}]) { id title year }
    citedBy(limit: 5, sort: [{citingPaperCount: DESC}]) { id title year } }
  citedBy(limit: 10, sort: [{citingPaperCount: DESC}]) { id title year
    cites(limit: 5, sort: [{citingPaperCount: DESC}]) { id title year }
    citedBy(limit: 5, sort: [{citingPaperCount: DESC}]) { id title year } } } }`,
    bNote:
      'a nested 2-hop tree with per-level limits (≤ 221 papers); no global limit, dedup, edge set or PageRank',
    cypher: `MATCH (seed:Paper {id: $id})
CALL (seed) {
  MATCH (seed)-[:CITES]-(b:Paper) WHERE b <> seed
  WITH DISTINCT b ORDER BY coalesce(b.citingPaperCount, 0) DESC, b.id LIMIT toInteger($limit)
  RETURN collect(b) AS l1
}
CALL (seed, l1) {
  UNWIND l1 AS a
  MATCH (a)-[:CITES]-(b:Paper) WHERE b <> seed AND NOT b IN l1
  WITH DISTINCT b ORDER BY coalesce(b.citingPaperCount, 0) DESC, b.id
  WITH collect(b) AS reached
  RETURN reached[0..($limit - size(l1))] AS l2
}
WITH [seed] + l1 + l2 AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[c:CITES]->(b:Paper) WHERE b IN nodes
  RETURN collect({source: a.id, target: b.id, statementCount: coalesce(c.statementCount, 0)}) AS edges
}
RETURN [n IN nodes | n {.id, .title, .year}] AS nodes, edges`,
    vars: (p, k) => ({ id: at(p.ids, k) }),
    cypherParams: (p, k) => ({ id: at(p.ids, k), limit: 199 }), // + the seed = 200
  },
  {
    name: '7 evidenceMap for one outcome domain',
    ours: `query Op7($domain: OutcomeDomain!) { evidenceMap(where: {domains: [$domain]}) {
  cells { intervention { id name } outcome { id name } studies reviews
    statements { supporting mentioning contrasting unclassified }
    pooled { estimate se ciLower ciUpper tau2 i2 k method } } } }`,
    neo4jGraphql: `query Op7($domain: String!) { outcomes(where: {domain: {eq: $domain}}) { id name
  findings { id measure estimate se ciLower ciUpper pooled
    intervention { id name } paper { id year publicationTypes } } } }`,
    bNote:
      'returns the raw findings of the domain; grouping into cells, pooling and statement counts left to the client',
    cypher: `MATCH (o:Outcome) WHERE o.domain = $domain
MATCH (o)<-[:ON]-(f:Finding)-[:OF]->(i:InterventionType)
MATCH (p:Paper)-[:REPORTS]->(f)
WITH i, o, collect(f {.measure, .estimate, .se, .ciLower, .ciUpper, .pooled}) AS findings,
     count(DISTINCT p) AS papers
CALL (i, o) {
  MATCH (i)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(o)
  RETURN count(CASE s.polarity WHEN 'SUPPORTING' THEN 1 END) AS supporting,
         count(CASE s.polarity WHEN 'MENTIONING' THEN 1 END) AS mentioning,
         count(CASE s.polarity WHEN 'CONTRASTING' THEN 1 END) AS contrasting,
         count(CASE s.polarity WHEN 'UNCLASSIFIED' THEN 1 END) AS unclassified
}
RETURN i.id AS intervention, o.id AS outcome, papers, findings,
       supporting, mentioning, contrasting, unclassified`,
    vars: (p, k) => ({ domain: at(p.domains, k) }),
    cypherParams: (p, k) => ({ domain: at(p.domains, k) }),
  },
  {
    name: '8 coCited (top 10)',
    ours: `query Op8($doi: String!) { paper(doi: $doi) { id coCited(first: 10) { shared paper { id title year } } } }`,
    neo4jGraphql: `query Op8($doi: String!) { papers(where: {doi: {eq: $doi}}) { id coCited(first: 10) { shared paperId title year } } }`,
    bNote: 'coCited is an @cypher field (the library cannot rank co-citations itself)',
    cypher: `MATCH (p:Paper {doi: $doi})<-[:CITES]-(:Paper)-[:CITES]->(o:Paper)
WHERE o <> p
WITH o, count(*) AS shared
ORDER BY shared DESC, o.id LIMIT 10
RETURN o {.id, .title, .year} AS paper, shared`,
    vars: (p, k) => ({ doi: at(p.dois, k) }),
    cypherParams: (p, k) => ({ doi: at(p.dois, k) }),
  },
];
