/**
 * What repositories return and resolvers receive as parents (codegen mappers).
 * Plain objects: Neo4j node properties, plus the ids of related nodes where a
 * query already knows them.
 */

export interface PaperModel {
  id: string;
  doi?: string | null;
  pmid?: string | null;
  pmcid?: string | null;
  openalexId?: string | null;
  s2Id?: string | null;
  title?: string | null;
  abstract?: string | null;
  year?: number | null;
  publicationDate?: string | null;
  publicationTypes?: string[] | null;
  /** The authors' keywords and a source's controlled terms (MeSH, OpenAlex topics); absent when none. */
  keywords?: string[] | null;
  topics?: string[] | null;
  /** Ids of papers merged into this one. */
  mergedIds?: string[] | null;
  url?: string | null;
  stub?: boolean | null;
  /** Fields flagged as not confirmed by the published record, with a note each (same order). */
  unverifiedFields?: string[] | null;
  unverifiedNotes?: string[] | null;
  citingPaperCount?: number | null;
  referenceCount?: number | null;
  statementCount?: number | null;
  supportingCount?: number | null;
  mentioningCount?: number | null;
  contrastingCount?: number | null;
  unclassifiedCount?: number | null;
}

export interface AuthorModel {
  id: string;
  name: string;
  orcid?: string | null;
  position?: number | null;
}

export interface VenueModel {
  id: string;
  name: string;
  issn?: string | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
}

export type ConceptKind = 'InterventionType' | 'Outcome' | 'Population' | 'Setting';

export interface ConceptModel {
  kind: ConceptKind;
  id: string;
  name: string;
  description?: string | null;
  domain?: string | null;
  parentId?: string | null;
  paperCount?: number | null;
  synonyms?: string[] | null;
  instruments?: string[] | null;
}

/**
 * Provenance of an asserted fact as stored: `sources` (sorted distinct source
 * names; absent on facts written before provenance was kept) and the flag.
 */
export interface ProvenanceModel {
  sources?: string[] | null;
  verified?: boolean | null;
  note?: string | null;
}

/** A paper's or a statement's link to a concept (STUDIES, MEASURES, IN_POPULATION, IN_SETTING, ABOUT). */
export interface ConceptLinkModel extends ProvenanceModel {
  concept: ConceptModel;
  relation: string;
  /** CURATED or TAGGER (src/db/cypher/tags.ts); the TAGGER link's version and evidence span. */
  linkSource?: string | null;
  taggerVersion?: string | null;
  evidenceField?: string | null;
  evidenceText?: string | null;
  evidenceStart?: number | null;
  evidenceEnd?: number | null;
}

/** A review's INCLUDES link to a study. */
export interface InclusionLinkModel extends ProvenanceModel {
  study: PaperModel;
}

export interface FindingModel extends ProvenanceModel {
  id: string;
  paperId: string;
  interventionId: string;
  outcomeId: string;
  measure: string;
  estimate?: number | null;
  se?: number | null;
  variance?: number | null;
  ciLower?: number | null;
  ciUpper?: number | null;
  n?: number | null;
  timepoint?: string | null;
  direction?: string | null;
  pooled?: boolean | null;
  k?: number | null;
  i2?: number | null;
  p?: number | null;
}

export interface StatementModel extends ProvenanceModel {
  id: string;
  text: string;
  section: string;
  polarity: string;
  purpose?: string | null;
  confidence?: number | null;
  /** Who set each label (SOURCE, CURATOR, MODEL); absent on a statement stored before labels said so. */
  polaritySource?: string | null;
  purposeSource?: string | null;
  /** The classifier's rule, confidence and versions, for the labels it made. */
  polarityRule?: string | null;
  polarityVersion?: string | null;
  purposeConfidence?: number | null;
  purposeVersion?: string | null;
  source?: string | null;
  provenance?: string | null;
  /** The sentence before and after `text` (full-text sources); absent when the source gave none. */
  contextBefore?: string | null;
  contextAfter?: string | null;
  citingId: string;
  citedId: string;
  /** The citing / cited paper when the query that read the statement read it too (in part). */
  citingPaper?: PaperModel;
  citedPaper?: PaperModel;
}

export interface ExternalTallyModel {
  source: string;
  asOf?: string | null;
  citingPublications: number;
  statements: number;
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
  references?: number | null;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionModel<E> {
  totalCount: number;
  edges: E[];
  pageInfo: PageInfoModel;
}

export interface CitationEdgeModel extends ProvenanceModel {
  cursor: string;
  node: PaperModel;
  statements: StatementModel[];
}

export interface PaperEdgeModel {
  cursor: string;
  node: PaperModel;
}

export interface StatementEdgeModel {
  cursor: string;
  node: StatementModel;
  score?: number | null;
}

export type SearchHitModel =
  ({ __typename: 'Paper' } & PaperModel) | ({ __typename: 'Statement' } & StatementModel);

export interface SearchEdgeModel {
  cursor: string;
  node: SearchHitModel;
  score: number;
}
