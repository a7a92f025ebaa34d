/**
 * Arm B of bench/compare: our graph model described for the Neo4j GraphQL Library
 * (@neo4j/graphql 7), which compiles each request into one Cypher query. Types, property
 * names and relationship types are the ones docs/ARCHITECTURE.md gives; what the library cannot derive
 * (co-citation ranking) uses its own `@cypher` directive, as a user of it would.
 */
export const typeDefs = /* GraphQL */ `
  type Paper
    @node
    @fulltext(
      indexes: [
        { indexName: "paper_text", queryName: "paperSearch", fields: ["title", "abstract"] }
      ]
    ) {
    id: ID!
    doi: String
    title: String
    year: Int
    abstract: String
    publicationTypes: [String!]
    citingPaperCount: Int
    statementCount: Int
    supportingCount: Int
    mentioningCount: Int
    contrastingCount: Int
    unclassifiedCount: Int
    referenceCount: Int
    externalTallies: [ExternalTally!]! @relationship(type: "HAS_EXTERNAL_TALLY", direction: OUT)
    "Papers citing this one (incoming CITES)."
    citedBy: [Paper!]! @relationship(type: "CITES", direction: IN)
    "Papers this one cites (outgoing CITES)."
    cites: [Paper!]! @relationship(type: "CITES", direction: OUT)
    "Statements this paper makes."
    makes: [Statement!]! @relationship(type: "MAKES", direction: OUT)
    "Statements other papers make about this one."
    statementsAbout: [Statement!]! @relationship(type: "REFERS_TO", direction: IN)
    interventions: [InterventionType!]! @relationship(type: "STUDIES", direction: OUT)
    outcomes: [Outcome!]! @relationship(type: "MEASURES", direction: OUT)
    findings: [Finding!]! @relationship(type: "REPORTS", direction: OUT)
    coCited(first: Int = 10): [RelatedPaper!]!
      @cypher(
        statement: """
        MATCH (this)<-[:CITES]-(c:Paper)-[:CITES]->(o:Paper)
        WHERE o <> this
        WITH o, count(DISTINCT c) AS shared
        ORDER BY shared DESC, o.id
        LIMIT toInteger($first)
        RETURN {paperId: o.id, title: o.title, year: o.year, shared: shared} AS related
        """
        columnName: "related"
      )
  }

  type RelatedPaper {
    paperId: ID!
    title: String
    year: Int
    shared: Int!
  }

  type ExternalTally @node {
    id: ID!
    source: String!
    asOf: String
    citingPublications: Int
    statements: Int
    supporting: Int
    mentioning: Int
    contrasting: Int
    unclassified: Int
  }

  type Statement
    @node
    @fulltext(
      indexes: [{ indexName: "statement_text", queryName: "statementSearch", fields: ["text"] }]
    ) {
    id: ID!
    text: String!
    section: String!
    polarity: String!
    purpose: String
    confidence: Float
    source: String
    citing: [Paper!]! @relationship(type: "MAKES", direction: IN)
    cited: [Paper!]! @relationship(type: "REFERS_TO", direction: OUT)
  }

  type InterventionType @node {
    id: ID!
    name: String!
    description: String
    parent: [InterventionType!]! @relationship(type: "SUBTYPE_OF", direction: OUT)
    studiedBy: [Paper!]! @relationship(type: "STUDIES", direction: IN)
  }

  type Outcome @node {
    id: ID!
    name: String!
    domain: String
    parent: [Outcome!]! @relationship(type: "SUBTYPE_OF", direction: OUT)
    children: [Outcome!]! @relationship(type: "SUBTYPE_OF", direction: IN)
    measuredBy: [Paper!]! @relationship(type: "MEASURES", direction: IN)
    findings: [Finding!]! @relationship(type: "ON", direction: IN)
  }

  type Finding @node {
    id: ID!
    measure: String!
    estimate: Float
    se: Float
    ciLower: Float
    ciUpper: Float
    n: Int
    pooled: Boolean
    paper: [Paper!]! @relationship(type: "REPORTS", direction: IN)
    intervention: [InterventionType!]! @relationship(type: "OF", direction: OUT)
    outcome: [Outcome!]! @relationship(type: "ON", direction: OUT)
  }
`;
