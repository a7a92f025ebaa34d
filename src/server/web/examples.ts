/** Example operations preloaded in the GraphQL IDE, one tab each. */
export const EXAMPLE_OPERATIONS: { query: string; variables?: string }[] = [
  {
    query: `# Who cites Lyons et al. 2021, and what do they say in their Discussion?
query LyonsDiscussion {
  paper(doi: "https://doi.org/10.1186/S12888-021-03321-Z") {
    title year authors { name } venue { name }
    tally { citingPapers statements supporting mentioning contrasting unclassified }
    externalTallies { source citingPublications statements supporting mentioning contrasting unclassified }
    citations(first: 5, where: { polarity: [MENTIONING], section: [DISCUSSION] }) {
      totalCount
      edges { cursor node { title year } statements { text section polarity confidence } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`,
  },
  {
    query: `# Pooled findings and the intervention taxonomy
query Findings {
  paper(id: "lyons-2021") {
    title
    findings { outcome { name domain } intervention { name } measure estimate ciLower ciUpper k i2 note }
  }
  interventionTypes { id name parent { name } children { name } }
}
`,
  },
  {
    query: `# Full-text search over titles, abstracts and citation statements
query Search {
  search(text: "peer support recovery", first: 10) {
    totalCount
    edges {
      score
      node {
        __typename
        ... on Paper { title year }
        ... on Statement { text polarity cited { title } }
      }
    }
  }
}
`,
  },
  {
    query: `# Papers on group peer support measuring hope, newest first
query GroupPeerSupport {
  papers(where: { interventions: ["group-peer-support"] }, orderBy: { field: YEAR, direction: DESC }) {
    totalCount
    edges { node { title year doi tally { citingPapers } } }
  }
}
`,
  },
];
