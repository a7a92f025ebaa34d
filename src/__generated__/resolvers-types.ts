import type { GraphQLResolveInfo } from 'graphql';
import type { PaperModel, AuthorModel, VenueModel, ConceptModel, FindingModel, StatementModel, ExternalTallyModel, CitationEdgeModel, ConceptLinkModel, InclusionLinkModel, ConnectionModel, PaperEdgeModel, StatementEdgeModel, SearchEdgeModel, SearchHitModel } from '../repositories/models.js';
import type { EvidenceMapModel, EvidenceCellModel, CellEffectModel, PooledEffectModel } from '../repositories/evidence-models.js';
import type { NetworkModel, NetworkNodeModel, NetworkEdgeModel, RelatedPaperModel } from '../repositories/network/models.js';
import type { UserModel, CollectionModel, PaperReactionModel, ViewerStateModel } from '../repositories/library.js';
import type { ChangeModel, ChangeEdgeModel } from '../repositories/curation.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Author = {
  __typename?: 'Author';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orcid?: Maybe<Scalars['String']['output']>;
  /** 1-based position in the paper's author list, when read through Paper.authors. */
  position?: Maybe<Scalars['Int']['output']>;
};

export type CellEffect = {
  __typename?: 'CellEffect';
  /** 95% interval on the analysis scale: the reported CI, else yi ± 1.96·√vi. */
  ciLower?: Maybe<Scalars['Float']['output']>;
  ciUpper?: Maybe<Scalars['Float']['output']>;
  direction: EvidenceDirection;
  finding: Finding;
  included: Scalars['Boolean']['output'];
  /** Analysis-scale measure (ratios on the log scale); null when no effect could be computed. */
  measure?: Maybe<Measure>;
  /** Why the finding is not pooled. */
  reason?: Maybe<Scalars['String']['output']>;
  vi?: Maybe<Scalars['Float']['output']>;
  /** Share of the pooled weight, in percent. */
  weight?: Maybe<Scalars['Float']['output']>;
  yi?: Maybe<Scalars['Float']['output']>;
};

/** Who changed what and when. */
export type Change = {
  __typename?: 'Change';
  action: ChangeAction;
  /** The user id of the curator. */
  actor: Scalars['String']['output'];
  actorRole?: Maybe<Scalars['String']['output']>;
  /** JSON of the target after the change (null when deleted). */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  /** JSON of the target before the change (null when created). */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The paper or statement id changed (for a merge, the paper kept). */
  target: Scalars['ID']['output'];
};

export type ChangeAction =
  | 'ADD_STATEMENT'
  | 'DELETE_STATEMENT'
  | 'MERGE_PAPERS'
  | 'SET_CONCEPT_SYNONYMS'
  | 'TAG_STATEMENT'
  | 'UPDATE_STATEMENT'
  | 'UPSERT_PAPER';

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

export type CitationConnection = {
  __typename?: 'CitationConnection';
  edges: Array<CitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * One citing (or cited) paper and the statements it makes. A `CitationWhere`
 * filters both which edges appear and which statements each edge lists; an edge
 * with no matching statement appears only when the filter says nothing about
 * statements (no polarity, section, minConfidence or about).
 */
export type CitationEdge = {
  __typename?: 'CitationEdge';
  cursor: Scalars['String']['output'];
  node: Paper;
  /** Why the citation is flagged. */
  note?: Maybe<Scalars['String']['output']>;
  /** Sources that asserted the citation (the CITES edge's), sorted. */
  sources: Array<Scalars['String']['output']>;
  statements: Array<Statement>;
  /** False when the citation is flagged as not checked against the citing paper's references. */
  verified: Scalars['Boolean']['output'];
};

export type CitationOrder = {
  direction?: InputMaybe<SortDirection>;
  field: CitationOrderField;
};

export type CitationOrderField =
  /** Highest confidence among the edge's matching statements. */
  | 'CONFIDENCE'
  /** Year of the other paper. */
  | 'YEAR';

export type CitationTally = {
  __typename?: 'CitationTally';
  citingPapers: Scalars['Int']['output'];
  contrasting: Scalars['Int']['output'];
  mentioning: Scalars['Int']['output'];
  /** Papers this one cites, in this graph. */
  references: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  supporting: Scalars['Int']['output'];
  unclassified: Scalars['Int']['output'];
};

export type CitationWhere = {
  /** Concept ids the statement is about (any of). */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  polarity?: InputMaybe<Array<Polarity>>;
  /** Only statements whose polarity was set by any of these (edges without one drop out). */
  polaritySource?: InputMaybe<Array<LabelSource>>;
  section?: InputMaybe<Array<Section>>;
  /** true: only citations between papers sharing an author; false: only the others. */
  selfCitation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only citations whose CITES edge was asserted by any of these sources. */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Year of the other paper (the citing one for citations, the cited one for references). */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type Collection = {
  __typename?: 'Collection';
  id: Scalars['ID']['output'];
  /** 1 to 200 characters. */
  name: Scalars['String']['output'];
  owner?: Maybe<User>;
  /** Papers in the collection, in the order they were added. */
  papers: PaperConnection;
  public: Scalars['Boolean']['output'];
};


export type CollectionPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An intervention type or an outcome: what papers study and statements talk about. */
export type Concept = {
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Other names papers use for the concept; the concept tagger matches them and the name. */
  synonyms: Array<Scalars['String']['output']>;
};

/** A link to a concept, with the sources that asserted it. */
export type ConceptLink = {
  __typename?: 'ConceptLink';
  concept: Concept;
  /** The span a TAGGER link was found in; null for a curated one. */
  evidence?: Maybe<LinkEvidence>;
  linkSource: ConceptLinkSource;
  relation: ConceptRelation;
  sources: Array<Scalars['String']['output']>;
  /** The tagger version that made a TAGGER link (e.g. tagger@1); null for a curated one. */
  taggerVersion?: Maybe<Scalars['String']['output']>;
  /** False when the link is flagged as not checked against its source. */
  verified: Scalars['Boolean']['output'];
};

/** Who made a concept link. */
export type ConceptLinkSource =
  /** A source (an import's record, the seed) or a curator asserted it; every link stored before the tagger. */
  | 'CURATED'
  /** The concept tagger found the concept named in the text (see `ConceptLink.evidence`). */
  | 'TAGGER';

/** How a paper or a statement is linked to a concept. */
export type ConceptRelation =
  /** A statement is about the concept. */
  | 'ABOUT'
  | 'IN_POPULATION'
  | 'IN_SETTING'
  | 'MEASURES'
  | 'STUDIES';

/** Which CITES edges a network follows from a paper: to its citers (IN), its references (OUT) or both. */
export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** Findings by the side their 95% CI favours; `unknown` when a finding has no interval. */
export type DirectionCounts = {
  __typename?: 'DirectionCounts';
  favoursControl: Scalars['Int']['output'];
  favoursIntervention: Scalars['Int']['output'];
  noDifference: Scalars['Int']['output'];
  unknown: Scalars['Int']['output'];
};

/** In-text citations dropped for one reason (e.g. a cross-reference to no reference-list entry). */
export type DroppedCitationCount = {
  __typename?: 'DroppedCitationCount';
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type EffectDirection =
  | 'FAVOURS_CONTROL'
  | 'FAVOURS_INTERVENTION'
  | 'NO_DIFFERENCE';

export type EvidenceCell = {
  __typename?: 'EvidenceCell';
  direction: DirectionCounts;
  /** The findings on the analysis scale, with their weight in the pool: what a forest plot draws. */
  effects: Array<CellEffect>;
  findings: Array<Finding>;
  intervention: InterventionType;
  /** True when less of this outcome is better (e.g. symptoms); see `Outcome.lowerIsBetter`. */
  lowerIsBetter: Scalars['Boolean']['output'];
  /** Papers in the cell only through a TAGGER link (the concept tagger's): no finding and no curated tags put them there. */
  machineTaggedPapers: Scalars['Int']['output'];
  outcome: Outcome;
  /** All papers in the cell, newest first. */
  papers: Array<Paper>;
  pooled: PooledEffect;
  /** Papers in the cell classed as reviews (any review or meta-analysis). */
  reviews: Scalars['Int']['output'];
  /** The statements about both concepts: contrasting first, then supporting, mentioning, unclassified. */
  statementList: Array<Statement>;
  /** Polarity counts of statements about both concepts. */
  statements: StatementCounts;
  /** Papers in the cell classed as primary studies (a trial or study, not a protocol). */
  studies: Scalars['Int']['output'];
};


export type EvidenceCellPapersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EvidenceCellStatementListArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Which way an effect points, taking the outcome's orientation into account. */
export type EvidenceDirection =
  | 'FAVOURS_CONTROL'
  | 'FAVOURS_INTERVENTION'
  | 'NO_DIFFERENCE'
  | 'UNKNOWN';

export type EvidenceMap = {
  __typename?: 'EvidenceMap';
  /** Non-empty cells, by intervention then outcome, in tree order. */
  cells: Array<EvidenceCell>;
  /** The rows: intervention types that have a cell, in tree order. */
  interventions: Array<InterventionType>;
  /** The columns: outcomes that have a cell, in tree order. */
  outcomes: Array<Outcome>;
};

export type EvidenceWhere = {
  /** Publication types (case-insensitive, e.g. "meta-analysis") or a design class: "review" or "study". */
  designs?: InputMaybe<Array<Scalars['String']['input']>>;
  domains?: InputMaybe<Array<OutcomeDomain>>;
  /** Rows: these intervention types and their subtypes. */
  interventions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Columns: these outcomes and their subtypes. */
  outcomes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Papers in these populations or their subtypes. */
  populations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Papers in these settings or their subtypes. */
  settings?: InputMaybe<Array<Scalars['ID']['input']>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type ExternalTally = {
  __typename?: 'ExternalTally';
  asOf?: Maybe<Scalars['String']['output']>;
  citingPublications: Scalars['Int']['output'];
  contrasting: Scalars['Int']['output'];
  mentioning: Scalars['Int']['output'];
  references?: Maybe<Scalars['Int']['output']>;
  source: Scalars['String']['output'];
  statements: Scalars['Int']['output'];
  supporting: Scalars['Int']['output'];
  unclassified: Scalars['Int']['output'];
};

/** An effect a paper reports for an intervention on an outcome; a review's pooled result has `pooled: true`. */
export type Finding = {
  __typename?: 'Finding';
  ciLower?: Maybe<Scalars['Float']['output']>;
  ciUpper?: Maybe<Scalars['Float']['output']>;
  direction?: Maybe<EffectDirection>;
  estimate?: Maybe<Scalars['Float']['output']>;
  /** I² in percent, for a pooled result. */
  i2?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  intervention: InterventionType;
  /** Number of studies pooled, for a pooled result. */
  k?: Maybe<Scalars['Int']['output']>;
  measure: Measure;
  n?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  outcome: Outcome;
  p?: Maybe<Scalars['Float']['output']>;
  paper: Paper;
  pooled: Scalars['Boolean']['output'];
  se?: Maybe<Scalars['Float']['output']>;
  /** Sources that asserted this finding, sorted. */
  sources: Array<Scalars['String']['output']>;
  timepoint?: Maybe<Scalars['String']['output']>;
  /** False when the finding is flagged as not checked against its source. */
  verified: Scalars['Boolean']['output'];
};

/** What a harvest has done so far (the CLI's --json summary). */
export type HarvestCounts = {
  __typename?: 'HarvestCounts';
  cacheHits: Scalars['Int']['output'];
  citations: Scalars['Int']['output'];
  fullTexts: Scalars['Int']['output'];
  /** Papers, CITES edges and statements the graph gained. */
  papers: Scalars['Int']['output'];
  /** Works reached and kept. */
  reached: Scalars['Int']['output'];
  /** Records the import rejected. */
  rejects: Scalars['Int']['output'];
  /** Requests sent to the APIs, retries included. */
  requests: Scalars['Int']['output'];
  retries: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
};

/** Which citation links a harvest follows from each work. */
export type HarvestDirection =
  | 'BOTH'
  | 'CITATIONS'
  | 'REFERENCES';

/** A source that failed for good, or the reason a job failed (source null). */
export type HarvestError = {
  __typename?: 'HarvestError';
  reason: Scalars['String']['output'];
  source?: Maybe<Scalars['String']['output']>;
};

/** What startHarvest harvests: the options of `evidence-graph harvest`. */
export type HarvestInput = {
  /** Citation steps from the seeds, 0 to 2. */
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<HarvestDirection>;
  /** Seed DOIs (any resolver form); at least one. */
  dois: Array<Scalars['String']['input']>;
  /** Fetch and check, write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Fetch Europe PMC full texts of the open-access papers reached, and extract statements. */
  fulltext?: InputMaybe<Scalars['Boolean']['input']>;
  /** Most papers to reach, 1 to 10000. */
  maxPapers?: InputMaybe<Scalars['Int']['input']>;
  /** Answer every request from the server's response cache; a miss fails its source. */
  offline?: InputMaybe<Scalars['Boolean']['input']>;
  /** The APIs to ask; all four when absent. */
  sources?: InputMaybe<Array<HarvestSource>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One harvest started over the API; poll it with harvestJob. */
export type HarvestJob = {
  __typename?: 'HarvestJob';
  counts: HarvestCounts;
  /** The seeds' DOIs, normalised. */
  dois: Array<Scalars['String']['output']>;
  /** True once the job has finished, well or not. */
  done: Scalars['Boolean']['output'];
  errors: Array<HarvestError>;
  failed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The phase running now: seeds, metadata, references, citations, contexts, fulltexts or writes. */
  phase?: Maybe<Scalars['String']['output']>;
  status: HarvestJobStatus;
};

/** Where a harvest job is. */
export type HarvestJobStatus =
  | 'DONE'
  | 'FAILED'
  /** Waiting for the harvest before it: one runs at a time. */
  | 'QUEUED'
  | 'RUNNING';

/** The scholarly APIs a harvest reads. */
export type HarvestSource =
  | 'CROSSREF'
  | 'EUROPEPMC'
  | 'OPENALEX'
  | 'S2';

/** Formats importRecords accepts (the CLI's --format names, upper-cased). */
export type ImportFormat =
  /** Detect from the content. */
  | 'AUTO'
  | 'BIBTEX'
  | 'CROSSREF'
  | 'CSL_JSON'
  | 'FINDINGS_CSV'
  /** A JATS full-text article (PMC .nxml, publisher XML). */
  | 'JATS'
  | 'OPENALEX'
  | 'RIS'
  | 'S2'
  | 'STATEMENTS_CSV'
  | 'TAXONOMY_CSV'
  /** A GROBID TEI full-text article. */
  | 'TEI';

/**
 * The references an import read, each accounted for once:
 * read = edges + duplicates + selfCitations + rejected + withoutId.
 */
export type ImportReferenceCensus = {
  __typename?: 'ImportReferenceCensus';
  /** References naming a citing → cited pair that another reference of the import already names. */
  duplicates: Scalars['Int']['output'];
  /** Citation edges written (or already in the graph). */
  edges: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  /** References rejected with a reason (listed in rejects), self-citations apart. */
  rejected: Scalars['Int']['output'];
  /** References to the citing work itself, counted and not written. */
  selfCitations: Scalars['Int']['output'];
  /** References with no usable identifier. */
  withoutId: Scalars['Int']['output'];
};

/** A record that was not imported, and why. */
export type ImportRejection = {
  __typename?: 'ImportRejection';
  /** The source field at fault, when known. */
  field?: Maybe<Scalars['String']['output']>;
  /** 0-based record index, for other formats and for records the writer refused. */
  index?: Maybe<Scalars['Int']['output']>;
  /** 1-based line, for line formats (CSV, JSON Lines, BibTeX, RIS). */
  line?: Maybe<Scalars['Int']['output']>;
  /** The rejected record as JSON text. */
  raw?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

/** What an import did. */
export type ImportResult = {
  __typename?: 'ImportResult';
  created: Scalars['Int']['output'];
  /** Full-text formats: in-text citations that became no statement, by reason (sorted by reason). */
  droppedCitations: Array<DroppedCitationCount>;
  /** Stored papers merged into another because a record showed them to be one work. */
  merged: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  /** What became of every reference the records listed (the same census as the CLI's --json). */
  references: ImportReferenceCensus;
  rejected: Scalars['Int']['output'];
  /** The first 100 rejections. */
  rejects: Array<ImportRejection>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** Things to know that rejected nothing (e.g. an article without a body). */
  warnings: Array<Scalars['String']['output']>;
};

/** A review's inclusion of a study, with the sources that asserted it. */
export type InclusionLink = {
  __typename?: 'InclusionLink';
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Scalars['String']['output']>;
  study: Paper;
  /** False when the inclusion is flagged as not checked against the review's included-studies table. */
  verified: Scalars['Boolean']['output'];
};

export type InterventionType = Concept & {
  __typename?: 'InterventionType';
  children: Array<InterventionType>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Papers in this graph that study this type (not its subtypes). */
  paperCount: Scalars['Int']['output'];
  parent?: Maybe<InterventionType>;
  synonyms: Array<Scalars['String']['output']>;
};

/** Who set a statement's label. A MODEL label never replaces a SOURCE or CURATOR one. */
export type LabelSource =
  /** A curator (createStatement, updateStatement). */
  | 'CURATOR'
  /** The statement classifier (`evidence-graph classify`, or at import). */
  | 'MODEL'
  /** The source the statement was imported from (statements CSV, a provider's class). */
  | 'SOURCE';

/** The text that made a TAGGER link: the first span naming the concept. */
export type LinkEvidence = {
  __typename?: 'LinkEvidence';
  /** Offset just past the span. */
  end: Scalars['Int']['output'];
  /**
   * title, abstract, keywords or topics (a paper's), sentence (a statement's). A paper's
   * keywords and topics are read as one text each, joined with "; ".
   */
  field: Scalars['String']['output'];
  /** Offset of the span's first character in the field (for keywords and topics: in the joined list). */
  start: Scalars['Int']['output'];
  /** The span as written. */
  text: Scalars['String']['output'];
};

export type Measure =
  | 'HEDGES_G'
  | 'LOG_OR'
  | 'LOG_RR'
  | 'MD'
  | 'OR'
  | 'RR'
  | 'SMD';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a curated citation statement, creating the CITES edge when missing. */
  addCitationStatement: Statement;
  /** Adds a paper (idempotent). */
  addToCollection: Collection;
  createCollection: Collection;
  deleteCollection: Scalars['Boolean']['output'];
  deleteStatement: Scalars['Boolean']['output'];
  /**
   * Imports a small upload (at most 512 KiB of text) through the same code path
   * as `evidence-graph import`. `paper` names the anchor paper (DOI or id) of a
   * Semantic Scholar citations/references response. Curators only, once roles exist.
   */
  importRecords: ImportResult;
  /** Folds `duplicate` into `keep` (every relationship moves), then deletes `duplicate`. */
  mergePapers: Paper;
  /** Sets or replaces the user's reaction to a paper; NONE removes it. */
  reactToPaper?: Maybe<Paper>;
  /** Removes a paper (idempotent). */
  removeFromCollection: Collection;
  renameCollection: Collection;
  /** Saves a paper to the signed-in user's library (idempotent). NOT_FOUND for an unknown paper. */
  savePaper?: Maybe<Paper>;
  setCollectionVisibility: Collection;
  /**
   * Replaces a concept's synonyms (and, for an outcome, its instruments when given; omitted
   * keeps them). Each term 1 to 200 characters, at most 100. Tagger links change only when
   * the graph is re-tagged (`evidence-graph tag --all`).
   */
  setConceptSynonyms: Concept;
  /**
   * Starts a harvest from DOIs through OpenAlex, Semantic Scholar, Crossref and Europe PMC,
   * written through the import path (curators only). One harvest runs at a time; the others
   * queue. Returns at once; poll harvestJob for its progress.
   */
  startHarvest: HarvestJob;
  /** Replaces the concepts a statement is about. */
  tagStatement: Statement;
  /** Removes a paper from the library (idempotent). */
  unsavePaper?: Maybe<Paper>;
  /** Reclassifies a statement: polarity, purpose, confidence or section. */
  updateStatement: Statement;
  /** Creates or updates a paper, found by id or by any identifier. */
  upsertPaper: Paper;
};


export type MutationAddCitationStatementArgs = {
  input: StatementInput;
};


export type MutationAddToCollectionArgs = {
  collectionId: Scalars['ID']['input'];
  paperId: Scalars['ID']['input'];
};


export type MutationCreateCollectionArgs = {
  name: Scalars['String']['input'];
  public?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationDeleteCollectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportRecordsArgs = {
  content: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFormat;
  paper?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergePapersArgs = {
  duplicate: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


export type MutationReactToPaperArgs = {
  paperId: Scalars['ID']['input'];
  reaction: Reaction;
};


export type MutationRemoveFromCollectionArgs = {
  collectionId: Scalars['ID']['input'];
  paperId: Scalars['ID']['input'];
};


export type MutationRenameCollectionArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationSavePaperArgs = {
  paperId: Scalars['ID']['input'];
};


export type MutationSetCollectionVisibilityArgs = {
  id: Scalars['ID']['input'];
  public: Scalars['Boolean']['input'];
};


export type MutationSetConceptSynonymsArgs = {
  id: Scalars['ID']['input'];
  instruments?: InputMaybe<Array<Scalars['String']['input']>>;
  synonyms: Array<Scalars['String']['input']>;
};


export type MutationStartHarvestArgs = {
  input: HarvestInput;
};


export type MutationTagStatementArgs = {
  about: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUnsavePaperArgs = {
  paperId: Scalars['ID']['input'];
};


export type MutationUpdateStatementArgs = {
  id: Scalars['ID']['input'];
  patch: StatementPatch;
};


export type MutationUpsertPaperArgs = {
  input: PaperInput;
};

export type Network = {
  __typename?: 'Network';
  /** Citations between the network's papers (citing → cited) that pass the statement filters. */
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
  /** True when `limit` cut the network. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * A citation from `source` (citing) to `target` (cited). The counts are over all the edge's
 * statements, whatever the statement filters.
 */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  contrasting: Scalars['Int']['output'];
  /** The polarity with most statements (ties: CONTRASTING > SUPPORTING > MENTIONING > UNCLASSIFIED); null with none. */
  dominantPolarity?: Maybe<Polarity>;
  mentioning: Scalars['Int']['output'];
  /** true when every statement behind dominantPolarity has a MODEL polarity (the explorer draws the edge dashed); false with none. */
  modelPolarity: Scalars['Boolean']['output'];
  /** Why the citation is flagged, or what it was checked against; null when none was given. */
  note?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  /** Sources that asserted the citation (the CITES edge's), sorted. */
  sources: Array<Scalars['String']['output']>;
  statementCount: Scalars['Int']['output'];
  supporting: Scalars['Int']['output'];
  target: Scalars['ID']['output'];
  unclassified: Scalars['Int']['output'];
  /** false when the citation is flagged: no source could confirm it (see note). */
  verified: Scalars['Boolean']['output'];
  /** statementCount, but at least 1. */
  weight: Scalars['Float']['output'];
};

export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Hops from the nearest seed (0 for a seed). */
  depth: Scalars['Int']['output'];
  /** Edges of this network citing this paper. */
  inDegree: Scalars['Int']['output'];
  /** Edges of this network from this paper. */
  outDegree: Scalars['Int']['output'];
  paper: Paper;
  /** PageRank over this network (edge weights = weight), normalised so scores sum to 1. */
  score: Scalars['Float']['output'];
};

export type NetworkWhere = {
  /** Edges with a statement about one of these concept ids. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Edges with a statement of at least this confidence (0..1). */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Edges with a statement of one of these polarities. */
  polarity?: InputMaybe<Array<Polarity>>;
  /** Edges with a statement in one of these sections. */
  section?: InputMaybe<Array<Section>>;
  /** Papers reached must be from this year on. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Papers reached must be from this year or before. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type Outcome = Concept & {
  __typename?: 'Outcome';
  children: Array<Outcome>;
  description?: Maybe<Scalars['String']['output']>;
  domain: OutcomeDomain;
  id: Scalars['ID']['output'];
  /** Instruments (scales) that measure this outcome, e.g. the Herth Hope Index for hope; tagged like synonyms. */
  instruments: Array<Scalars['String']['output']>;
  /** True when less of this outcome is better; effects are read as intervention minus control. */
  lowerIsBetter: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  paperCount: Scalars['Int']['output'];
  parent?: Maybe<Outcome>;
  synonyms: Array<Scalars['String']['output']>;
};

export type OutcomeDomain =
  | 'CLINICAL'
  | 'IMPLEMENTATION'
  | 'OTHER'
  | 'PSYCHOSOCIAL'
  | 'SERVICE_USE';

/**
 * Cursor pagination as in the Relay connection spec: every connection has
 * `totalCount`, `edges { cursor node }` and `pageInfo`. `first` defaults to 20
 * and is at most 100; a cursor is opaque and only valid for the same query.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Paper = {
  __typename?: 'Paper';
  abstract?: Maybe<Scalars['String']['output']>;
  authors: Array<Author>;
  /** Papers citing this one, each with the statements it makes about it. */
  citations: CitationConnection;
  /** Citations of this paper per year of the citing paper, oldest first (citing papers with no year are left out). */
  citationsByYear: Array<YearTally>;
  /** Papers most often cited together with this one: `shared` counts the papers citing both. */
  coCited: Array<RelatedPaper>;
  /** The concepts this paper studies, measures, or is set in, each link with its provenance. */
  conceptLinks: Array<ConceptLink>;
  /** Papers sharing most references with this one (bibliographic coupling): `shared` references. */
  coupled: Array<RelatedPaper>;
  doi?: Maybe<Scalars['String']['output']>;
  /** Counts a provider reports for the whole literature (e.g. scite), kept apart from this graph's. */
  externalTallies: Array<ExternalTally>;
  findings: Array<Finding>;
  id: Scalars['ID']['output'];
  /** Studies: the reviews that include them. */
  includedIn: Array<Paper>;
  /** Reviews: the studies they include. */
  includes: Array<Paper>;
  /** Reviews: the studies they include, each inclusion with its provenance. */
  inclusionLinks: Array<InclusionLink>;
  /** Intervention types the paper studies; `sources` keeps only links of those link sources (default: all). */
  interventions: Array<InterventionType>;
  /** True while the paper is known only from another record's reference list. */
  isStub: Scalars['Boolean']['output'];
  /** The authors' keywords as the source gave them (JATS, TEI, BibTeX, RIS, CSL-JSON, OpenAlex); empty when none. */
  keywords: Array<Scalars['String']['output']>;
  /**
   * Ids of papers merged into this one (identity merging or mergePapers), sorted.
   * `paper(id:)` still answers this paper for each of them.
   */
  mergedIds: Array<Scalars['ID']['output']>;
  openalexId?: Maybe<Scalars['String']['output']>;
  /** Outcomes the paper measures; `sources` as for interventions. */
  outcomes: Array<Outcome>;
  pmcid?: Maybe<Scalars['String']['output']>;
  pmid?: Maybe<Scalars['String']['output']>;
  populations: Array<Population>;
  publicationDate?: Maybe<Scalars['String']['output']>;
  publicationTypes: Array<Scalars['String']['output']>;
  /** Papers this one cites, each with the statements this one makes about it. */
  references: CitationConnection;
  s2Id?: Maybe<Scalars['String']['output']>;
  settings: Array<Setting>;
  /** Citation counts over this graph, read from counters kept exact by every write. */
  tally: CitationTally;
  /** The title; a paper known only by an identifier (a stub) shows that identifier. */
  title: Scalars['String']['output'];
  /**
   * Controlled subject terms a source assigned: MeSH headings, OpenAlex topics (or its legacy
   * concepts), Crossref subjects; empty when none.
   */
  topics: Array<Scalars['String']['output']>;
  /** Fields of this paper its source could not confirm against the published record, and why. */
  unverified: Array<UnverifiedField>;
  url?: Maybe<Scalars['String']['output']>;
  venue?: Maybe<Venue>;
  /** The signed-in user's relation to this paper (not saved, no reaction when anonymous). */
  viewer: PaperViewerState;
  year?: Maybe<Scalars['Int']['output']>;
};


export type PaperCitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CitationOrder>;
  where?: InputMaybe<CitationWhere>;
};


export type PaperCoCitedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PaperCoupledArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PaperInterventionsArgs = {
  sources?: InputMaybe<Array<ConceptLinkSource>>;
};


export type PaperOutcomesArgs = {
  sources?: InputMaybe<Array<ConceptLinkSource>>;
};


export type PaperReferencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CitationOrder>;
  where?: InputMaybe<CitationWhere>;
};

export type PaperConnection = {
  __typename?: 'PaperConnection';
  edges: Array<PaperEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaperEdge = {
  __typename?: 'PaperEdge';
  cursor: Scalars['String']['output'];
  node: Paper;
};

/** A paper's own fields. Absent fields keep their current values. */
export type PaperInput = {
  abstract?: InputMaybe<Scalars['String']['input']>;
  /** Any DOI form (https://doi.org/..., doi:...); stored normalised. */
  doi?: InputMaybe<Scalars['String']['input']>;
  /** The graph id; omit it to find the paper by its identifiers (or create one). */
  id?: InputMaybe<Scalars['ID']['input']>;
  openalexId?: InputMaybe<Scalars['String']['input']>;
  pmcid?: InputMaybe<Scalars['String']['input']>;
  pmid?: InputMaybe<Scalars['String']['input']>;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publicationDate?: InputMaybe<Scalars['String']['input']>;
  publicationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  s2Id?: InputMaybe<Scalars['String']['input']>;
  /** Required when the paper is new; 1 to 1000 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type PaperOrder = {
  direction?: InputMaybe<SortDirection>;
  field: PaperOrderField;
};

export type PaperOrderField =
  | 'CITING_PAPERS'
  | 'TITLE'
  | 'YEAR';

export type PaperReaction = {
  __typename?: 'PaperReaction';
  /** When the reaction was set (ISO 8601). */
  at: Scalars['String']['output'];
  paper: Paper;
  reaction: Reaction;
};

export type PaperViewerState = {
  __typename?: 'PaperViewerState';
  reaction: Reaction;
  saved: Scalars['Boolean']['output'];
};

export type PaperWhere = {
  dois?: InputMaybe<Array<Scalars['String']['input']>>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Papers studying any of these intervention types or their subtypes. */
  interventions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only papers with at least this many citing papers in this graph. */
  minCitingPapers?: InputMaybe<Scalars['Int']['input']>;
  /** Papers measuring any of these outcomes or their subtypes. */
  outcomes?: InputMaybe<Array<Scalars['ID']['input']>>;
  publicationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** What a citation statement says about the cited work (scite's scheme). */
export type Polarity =
  | 'CONTRASTING'
  | 'MENTIONING'
  | 'SUPPORTING'
  | 'UNCLASSIFIED';

/**
 * A cell's pooled effect. k = 1 gives that finding's own estimate with `poolable: false`
 * and a reason; numbers are null when nothing could be pooled.
 */
export type PooledEffect = {
  __typename?: 'PooledEffect';
  basis: PoolingBasis;
  ciLower?: Maybe<Scalars['Float']['output']>;
  ciUpper?: Maybe<Scalars['Float']['output']>;
  direction: EvidenceDirection;
  estimate?: Maybe<Scalars['Float']['output']>;
  h2?: Maybe<Scalars['Float']['output']>;
  /** I² in percent. */
  i2?: Maybe<Scalars['Float']['output']>;
  /** Number of findings pooled. */
  k: Scalars['Int']['output'];
  knappHartung: Scalars['Boolean']['output'];
  measure?: Maybe<Measure>;
  method: PoolingMethod;
  p?: Maybe<Scalars['Float']['output']>;
  poolable: Scalars['Boolean']['output'];
  predictionLower?: Maybe<Scalars['Float']['output']>;
  predictionUpper?: Maybe<Scalars['Float']['output']>;
  q?: Maybe<Scalars['Float']['output']>;
  qDf?: Maybe<Scalars['Int']['output']>;
  qP?: Maybe<Scalars['Float']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  se?: Maybe<Scalars['Float']['output']>;
  tau2?: Maybe<Scalars['Float']['output']>;
  /** z, or t under Knapp–Hartung. */
  z?: Maybe<Scalars['Float']['output']>;
};

/** Which findings a pooled effect comes from. */
export type PoolingBasis =
  /** Nothing could be pooled. */
  | 'NONE'
  /** Primary-study findings; review-level results in the cell are left out (double counting). */
  | 'PRIMARY_STUDIES'
  /** Only review-level (already pooled) results were available; they may share studies. */
  | 'REVIEW_RESULTS';

/** How a cell's effects are pooled: inverse-variance fixed effect, or random effects with tau² by DerSimonian–Laird or REML. */
export type PoolingMethod =
  | 'DL'
  | 'FE'
  | 'REML';

export type Population = Concept & {
  __typename?: 'Population';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  synonyms: Array<Scalars['String']['output']>;
};

/** Why the cited work is cited (Semantic Scholar / SciCite scheme). */
export type Purpose =
  | 'BACKGROUND'
  | 'METHOD'
  | 'RESULT';

export type Query = {
  __typename?: 'Query';
  /** Audit records, newest first; `target` narrows them to one paper or statement id. Curators only. */
  changes: ChangeConnection;
  /**
   * The citation network around `seeds` (graph ids or DOIs), expanded breadth-first for `depth`
   * hops (1..3) along CITES edges in `direction`. Statement filters in `where` (polarity, section,
   * minConfidence, about) keep an edge only when it carries a matching statement; year filters
   * keep only the papers reached whose year is in range (seeds are always kept). When more than
   * `limit` papers (default 200, at most 2000) are reached, the closest are kept first, then the
   * most cited, and `truncated` is true.
   */
  citationNetwork: Network;
  /**
   * One shortest directed citation path `from` cites … cites `to` (graph ids or DOIs), of at
   * most `maxHops` (1..6) citations, as the papers along it; null when there is none.
   */
  citationPath?: Maybe<Array<Paper>>;
  /** A collection: its owner always sees it, others only while it is public (else null). */
  collection?: Maybe<Collection>;
  /**
   * The intervention × outcome evidence map. A paper enters a cell when it reports a
   * finding on the pair or is tagged with both concepts (STUDIES and MEASURES). With
   * `rollUp`, findings, tags and statements on a subtype also count under its ancestors.
   */
  evidenceMap: EvidenceMap;
  /** A harvest job by id (curators only); null when this server has no such job. */
  harvestJob?: Maybe<HarvestJob>;
  /** Every intervention type; follow `parent`/`children` for the hierarchy. */
  interventionTypes: Array<InterventionType>;
  /** The signed-in user; null for anonymous requests. */
  me?: Maybe<User>;
  /** Outcomes, optionally of one domain. */
  outcomes: Array<Outcome>;
  /** A paper by graph id or DOI (any case, with or without https://doi.org/). Null when unknown. */
  paper?: Maybe<Paper>;
  /** Papers matching `where`, newest first unless `orderBy` says otherwise. */
  papers: PaperConnection;
  populations: Array<Population>;
  /** Full-text search over paper titles, abstracts and statement text, best match first. */
  search: SearchConnection;
  settings: Array<Setting>;
  /** Citation statements, filtered; with `search`, ranked by full-text relevance. */
  statements: StatementConnection;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCitationNetworkArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<Direction>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  seeds: Array<Scalars['ID']['input']>;
  where?: InputMaybe<NetworkWhere>;
};


export type QueryCitationPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryCollectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvidenceMapArgs = {
  knappHartung?: InputMaybe<Scalars['Boolean']['input']>;
  linkSources?: InputMaybe<Array<ConceptLinkSource>>;
  method?: InputMaybe<PoolingMethod>;
  rollUp?: InputMaybe<Scalars['Boolean']['input']>;
  where?: InputMaybe<EvidenceWhere>;
};


export type QueryHarvestJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutcomesArgs = {
  domain?: InputMaybe<OutcomeDomain>;
};


export type QueryPaperArgs = {
  doi?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PaperOrder>;
  where?: InputMaybe<PaperWhere>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<StatementWhere>;
};

export type Reaction =
  | 'DISLIKE'
  | 'LIKE'
  /** No reaction; reacting NONE removes an earlier LIKE or DISLIKE. */
  | 'NONE';

export type RelatedPaper = {
  __typename?: 'RelatedPaper';
  paper: Paper;
  shared: Scalars['Int']['output'];
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
  score: Scalars['Float']['output'];
};

export type SearchHit = Paper | Statement;

/** Where a citation statement sits in the citing paper. */
export type Section =
  | 'CONCLUSION'
  | 'DISCUSSION'
  | 'INTRODUCTION'
  | 'METHODS'
  | 'OTHER'
  | 'RESULTS';

export type Setting = Concept & {
  __typename?: 'Setting';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  synonyms: Array<Scalars['String']['output']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Statement = {
  __typename?: 'Statement';
  /** Concepts the statement is about; `sources` keeps only links of those link sources (default: all). */
  about: Array<Concept>;
  /** The concepts this statement is about, each link with its provenance. */
  aboutLinks: Array<ConceptLink>;
  cited: Paper;
  citing: Paper;
  /** What the classifier said, for the labels it made; null when it made neither. */
  classification?: Maybe<StatementClassification>;
  /** Confidence of the polarity label, 0..1: the source's, or the classifier's calibrated one (null when none was given). */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The sentences either side of `text` in the citing paper (full-text sources); null when neither is known. */
  context?: Maybe<StatementContext>;
  id: Scalars['ID']['output'];
  /** Why the statement is flagged, or what it was checked against. */
  note?: Maybe<Scalars['String']['output']>;
  polarity: Polarity;
  /** Who set the polarity: the source, a curator or the classifier; null while UNCLASSIFIED and nobody labelled it. */
  polaritySource?: Maybe<LabelSource>;
  /** Provenance notes, e.g. when the citing paper is not identified. */
  provenance?: Maybe<Scalars['String']['output']>;
  purpose?: Maybe<Purpose>;
  /** Who set the purpose; null when there is none. */
  purposeSource?: Maybe<LabelSource>;
  section: Section;
  /** Where this statement came from (scite, semantic-scholar, curated, ...). */
  source?: Maybe<Scalars['String']['output']>;
  /** Sources that asserted this statement, sorted (e.g. ["crossref", "seed"]). */
  sources: Array<Scalars['String']['output']>;
  /** What the citing paper says, as quoted by the source. */
  text: Scalars['String']['output'];
  /** False when the statement is flagged as not checked against its source. */
  verified: Scalars['Boolean']['output'];
};


export type StatementAboutArgs = {
  sources?: InputMaybe<Array<ConceptLinkSource>>;
};

/** The classifier's side of a statement's labels: only the labels it made are filled. */
export type StatementClassification = {
  __typename?: 'StatementClassification';
  /** Calibrated confidence of the model's polarity; null when the polarity is not the model's. */
  polarityConfidence?: Maybe<Scalars['Float']['output']>;
  /** The polarity model's version (e.g. polarity-rules@1); null when the polarity is not the model's. */
  polarityVersion?: Maybe<Scalars['String']['output']>;
  /** Calibrated confidence of the model's purpose; null when the purpose is not the model's. */
  purposeConfidence?: Maybe<Scalars['Float']['output']>;
  /** The purpose model's version (e.g. purpose-lr@1); null when the purpose is not the model's. */
  purposeVersion?: Maybe<Scalars['String']['output']>;
  /** The polarity rule that fired (e.g. agree.consistent-with); null when the model's polarity is MENTIONING by default or the polarity is not the model's. */
  rule?: Maybe<Scalars['String']['output']>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The sentence before and the sentence after a citing sentence, as the full text gives them (for a table row: the table's label and caption before). */
export type StatementContext = {
  __typename?: 'StatementContext';
  /** The sentence after, or null when the citing sentence ends its paragraph or the source gives none. */
  after?: Maybe<Scalars['String']['output']>;
  /** The sentence before (for a table row: the table's label and caption title), or null when the citing sentence opens its paragraph or the source gives none. */
  before?: Maybe<Scalars['String']['output']>;
};

export type StatementCounts = {
  __typename?: 'StatementCounts';
  contrasting: Scalars['Int']['output'];
  mentioning: Scalars['Int']['output'];
  supporting: Scalars['Int']['output'];
  unclassified: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
  /** Full-text relevance when `search` is given. */
  score?: Maybe<Scalars['Float']['output']>;
};

export type StatementInput = {
  /** Intervention type or outcome ids. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The cited paper's id. */
  cited: Scalars['ID']['input'];
  /** The citing paper's id. */
  citing: Scalars['ID']['input'];
  /** 0..1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  polarity?: InputMaybe<Polarity>;
  purpose?: InputMaybe<Purpose>;
  section?: InputMaybe<Section>;
  /** 1 to 5000 characters. */
  text: Scalars['String']['input'];
};

/** Absent fields stay as they are; null clears purpose or confidence. */
export type StatementPatch = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  polarity?: InputMaybe<Polarity>;
  purpose?: InputMaybe<Purpose>;
  section?: InputMaybe<Section>;
};

export type StatementWhere = {
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Statements about this paper (id). */
  cited?: InputMaybe<Scalars['ID']['input']>;
  /** Statements made by this paper (id). */
  citing?: InputMaybe<Scalars['ID']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  polarity?: InputMaybe<Array<Polarity>>;
  /** Only statements whose polarity was set by any of these. */
  polaritySource?: InputMaybe<Array<LabelSource>>;
  purpose?: InputMaybe<Array<Purpose>>;
  /** Only statements whose purpose was set by any of these. */
  purposeSource?: InputMaybe<Array<LabelSource>>;
  section?: InputMaybe<Array<Section>>;
  source?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only statements asserted by any of these sources (compare `source`, the provider's label). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A paper field flagged as not confirmed by the published record. */
export type UnverifiedField = {
  __typename?: 'UnverifiedField';
  /** title, authors, venue, year, publicationDate or publicationTypes. */
  field: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  /** All of the user's collections for themselves; only the public ones for anyone else. */
  collections: Array<Collection>;
  id: Scalars['ID']['output'];
  /** This user's likes and dislikes, newest first. Only the user themselves may read it. */
  reactions: Array<PaperReaction>;
  /** Papers this user saved, newest first. Only the user themselves may read it. */
  saved: PaperConnection;
};


export type UserSavedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Venue = {
  __typename?: 'Venue';
  id: Scalars['ID']['output'];
  issn?: Maybe<Scalars['String']['output']>;
  issue?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  pages?: Maybe<Scalars['String']['output']>;
  volume?: Maybe<Scalars['String']['output']>;
};

export type YearTally = {
  __typename?: 'YearTally';
  citingPapers: Scalars['Int']['output'];
  contrasting: Scalars['Int']['output'];
  mentioning: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  supporting: Scalars['Int']['output'];
  unclassified: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Author: ResolverTypeWrapper<AuthorModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CellEffect: ResolverTypeWrapper<CellEffectModel>;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeAction: ChangeAction;
  ChangeConnection: ResolverTypeWrapper<ConnectionModel<ChangeEdgeModel>>;
  ChangeEdge: ResolverTypeWrapper<ChangeEdgeModel>;
  CitationConnection: ResolverTypeWrapper<ConnectionModel<CitationEdgeModel>>;
  CitationEdge: ResolverTypeWrapper<CitationEdgeModel>;
  CitationOrder: CitationOrder;
  CitationOrderField: CitationOrderField;
  CitationTally: ResolverTypeWrapper<PaperModel>;
  CitationWhere: CitationWhere;
  Collection: ResolverTypeWrapper<CollectionModel>;
  Concept: ResolverTypeWrapper<ConceptModel>;
  ConceptLink: ResolverTypeWrapper<ConceptLinkModel>;
  ConceptLinkSource: ConceptLinkSource;
  ConceptRelation: ConceptRelation;
  Direction: Direction;
  DirectionCounts: ResolverTypeWrapper<DirectionCounts>;
  DroppedCitationCount: ResolverTypeWrapper<DroppedCitationCount>;
  EffectDirection: EffectDirection;
  EvidenceCell: ResolverTypeWrapper<EvidenceCellModel>;
  EvidenceDirection: EvidenceDirection;
  EvidenceMap: ResolverTypeWrapper<EvidenceMapModel>;
  EvidenceWhere: EvidenceWhere;
  ExternalTally: ResolverTypeWrapper<ExternalTallyModel>;
  Finding: ResolverTypeWrapper<FindingModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HarvestCounts: ResolverTypeWrapper<HarvestCounts>;
  HarvestDirection: HarvestDirection;
  HarvestError: ResolverTypeWrapper<HarvestError>;
  HarvestInput: HarvestInput;
  HarvestJob: ResolverTypeWrapper<HarvestJob>;
  HarvestJobStatus: HarvestJobStatus;
  HarvestSource: HarvestSource;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFormat: ImportFormat;
  ImportReferenceCensus: ResolverTypeWrapper<ImportReferenceCensus>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  InclusionLink: ResolverTypeWrapper<InclusionLinkModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterventionType: ResolverTypeWrapper<ConceptModel>;
  LabelSource: LabelSource;
  LinkEvidence: ResolverTypeWrapper<LinkEvidence>;
  Measure: Measure;
  Mutation: ResolverTypeWrapper<{}>;
  Network: ResolverTypeWrapper<NetworkModel>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdgeModel>;
  NetworkNode: ResolverTypeWrapper<NetworkNodeModel>;
  NetworkWhere: NetworkWhere;
  Outcome: ResolverTypeWrapper<ConceptModel>;
  OutcomeDomain: OutcomeDomain;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paper: ResolverTypeWrapper<PaperModel>;
  PaperConnection: ResolverTypeWrapper<ConnectionModel<PaperEdgeModel>>;
  PaperEdge: ResolverTypeWrapper<PaperEdgeModel>;
  PaperInput: PaperInput;
  PaperOrder: PaperOrder;
  PaperOrderField: PaperOrderField;
  PaperReaction: ResolverTypeWrapper<PaperReactionModel>;
  PaperViewerState: ResolverTypeWrapper<ViewerStateModel>;
  PaperWhere: PaperWhere;
  Polarity: Polarity;
  PooledEffect: ResolverTypeWrapper<PooledEffectModel>;
  PoolingBasis: PoolingBasis;
  PoolingMethod: PoolingMethod;
  Population: ResolverTypeWrapper<ConceptModel>;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<{}>;
  Reaction: Reaction;
  RelatedPaper: ResolverTypeWrapper<RelatedPaperModel>;
  SearchConnection: ResolverTypeWrapper<ConnectionModel<SearchEdgeModel>>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Section: Section;
  Setting: ResolverTypeWrapper<ConceptModel>;
  SortDirection: SortDirection;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementClassification: ResolverTypeWrapper<StatementClassification>;
  StatementConnection: ResolverTypeWrapper<ConnectionModel<StatementEdgeModel>>;
  StatementContext: ResolverTypeWrapper<StatementContext>;
  StatementCounts: ResolverTypeWrapper<StatementCounts>;
  StatementEdge: ResolverTypeWrapper<StatementEdgeModel>;
  StatementInput: StatementInput;
  StatementPatch: StatementPatch;
  StatementWhere: StatementWhere;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UnverifiedField: ResolverTypeWrapper<UnverifiedField>;
  User: ResolverTypeWrapper<UserModel>;
  Venue: ResolverTypeWrapper<VenueModel>;
  YearTally: ResolverTypeWrapper<YearTally>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Author: AuthorModel;
  Boolean: Scalars['Boolean']['output'];
  CellEffect: CellEffectModel;
  Change: ChangeModel;
  ChangeConnection: ConnectionModel<ChangeEdgeModel>;
  ChangeEdge: ChangeEdgeModel;
  CitationConnection: ConnectionModel<CitationEdgeModel>;
  CitationEdge: CitationEdgeModel;
  CitationOrder: CitationOrder;
  CitationTally: PaperModel;
  CitationWhere: CitationWhere;
  Collection: CollectionModel;
  Concept: ConceptModel;
  ConceptLink: ConceptLinkModel;
  DirectionCounts: DirectionCounts;
  DroppedCitationCount: DroppedCitationCount;
  EvidenceCell: EvidenceCellModel;
  EvidenceMap: EvidenceMapModel;
  EvidenceWhere: EvidenceWhere;
  ExternalTally: ExternalTallyModel;
  Finding: FindingModel;
  Float: Scalars['Float']['output'];
  HarvestCounts: HarvestCounts;
  HarvestError: HarvestError;
  HarvestInput: HarvestInput;
  HarvestJob: HarvestJob;
  ID: Scalars['ID']['output'];
  ImportReferenceCensus: ImportReferenceCensus;
  ImportRejection: ImportRejection;
  ImportResult: ImportResult;
  InclusionLink: InclusionLinkModel;
  Int: Scalars['Int']['output'];
  InterventionType: ConceptModel;
  LinkEvidence: LinkEvidence;
  Mutation: {};
  Network: NetworkModel;
  NetworkEdge: NetworkEdgeModel;
  NetworkNode: NetworkNodeModel;
  NetworkWhere: NetworkWhere;
  Outcome: ConceptModel;
  PageInfo: PageInfo;
  Paper: PaperModel;
  PaperConnection: ConnectionModel<PaperEdgeModel>;
  PaperEdge: PaperEdgeModel;
  PaperInput: PaperInput;
  PaperOrder: PaperOrder;
  PaperReaction: PaperReactionModel;
  PaperViewerState: ViewerStateModel;
  PaperWhere: PaperWhere;
  PooledEffect: PooledEffectModel;
  Population: ConceptModel;
  Query: {};
  RelatedPaper: RelatedPaperModel;
  SearchConnection: ConnectionModel<SearchEdgeModel>;
  SearchEdge: SearchEdgeModel;
  SearchHit: SearchHitModel;
  Setting: ConceptModel;
  Statement: StatementModel;
  StatementClassification: StatementClassification;
  StatementConnection: ConnectionModel<StatementEdgeModel>;
  StatementContext: StatementContext;
  StatementCounts: StatementCounts;
  StatementEdge: StatementEdgeModel;
  StatementInput: StatementInput;
  StatementPatch: StatementPatch;
  StatementWhere: StatementWhere;
  String: Scalars['String']['output'];
  UnverifiedField: UnverifiedField;
  User: UserModel;
  Venue: VenueModel;
  YearTally: YearTally;
}>;

export type AuthorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orcid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CellEffectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CellEffect'] = ResolversParentTypes['CellEffect']> = ResolversObject<{
  ciLower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciUpper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['EvidenceDirection'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  included?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  yi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CitationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitationConnection'] = ResolversParentTypes['CitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CitationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitationEdge'] = ResolversParentTypes['CitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CitationTallyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitationTally'] = ResolversParentTypes['CitationTally']> = ResolversObject<{
  citingPapers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contrasting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentioning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  references?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unclassified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collection'] = ResolversParentTypes['Collection']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<CollectionPapersArgs>>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InterventionType' | 'Outcome' | 'Population' | 'Setting', ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConceptLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptLink'] = ResolversParentTypes['ConceptLink']> = ResolversObject<{
  concept?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['LinkEvidence']>, ParentType, ContextType>;
  linkSource?: Resolver<ResolversTypes['ConceptLinkSource'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ConceptRelation'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  taggerVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DirectionCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DirectionCounts'] = ResolversParentTypes['DirectionCounts']> = ResolversObject<{
  favoursControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  favoursIntervention?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noDifference?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DroppedCitationCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DroppedCitationCount'] = ResolversParentTypes['DroppedCitationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceCell'] = ResolversParentTypes['EvidenceCell']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['DirectionCounts'], ParentType, ContextType>;
  effects?: Resolver<Array<ResolversTypes['CellEffect']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['InterventionType'], ParentType, ContextType>;
  lowerIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  machineTaggedPapers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  papers?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType, RequireFields<EvidenceCellPapersArgs, 'first'>>;
  pooled?: Resolver<ResolversTypes['PooledEffect'], ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementList?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<EvidenceCellStatementListArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementCounts'], ParentType, ContextType>;
  studies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceMapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceMap'] = ResolversParentTypes['EvidenceMap']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['EvidenceCell']>, ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalTallyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalTally'] = ResolversParentTypes['ExternalTally']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citingPublications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contrasting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentioning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  references?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unclassified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  ciLower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciUpper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['EffectDirection']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  i2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['InterventionType'], ParentType, ContextType>;
  k?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  p?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  pooled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  se?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HarvestCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HarvestCounts'] = ResolversParentTypes['HarvestCounts']> = ResolversObject<{
  cacheHits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  citations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullTexts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HarvestErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HarvestError'] = ResolversParentTypes['HarvestError']> = ResolversObject<{
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HarvestJobResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HarvestJob'] = ResolversParentTypes['HarvestJob']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['HarvestCounts'], ParentType, ContextType>;
  dois?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['HarvestError']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HarvestJobStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportReferenceCensusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportReferenceCensus'] = ResolversParentTypes['ImportReferenceCensus']> = ResolversObject<{
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfCitations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportRejectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = ResolversObject<{
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  droppedCitations?: Resolver<Array<ResolversTypes['DroppedCitationCount']>, ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  references?: Resolver<ResolversTypes['ImportReferenceCensus'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejects?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InclusionLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InclusionLink'] = ResolversParentTypes['InclusionLink']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  study?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InterventionTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterventionType'] = ResolversParentTypes['InterventionType']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LinkEvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkEvidence'] = ResolversParentTypes['LinkEvidence']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCitationStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationAddCitationStatementArgs, 'input'>>;
  addToCollection?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationAddToCollectionArgs, 'collectionId' | 'paperId'>>;
  createCollection?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationCreateCollectionArgs, 'name' | 'public'>>;
  deleteCollection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCollectionArgs, 'id'>>;
  deleteStatement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteStatementArgs, 'id'>>;
  importRecords?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportRecordsArgs, 'content' | 'format'>>;
  mergePapers?: Resolver<ResolversTypes['Paper'], ParentType, ContextType, RequireFields<MutationMergePapersArgs, 'duplicate' | 'keep'>>;
  reactToPaper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType, RequireFields<MutationReactToPaperArgs, 'paperId' | 'reaction'>>;
  removeFromCollection?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationRemoveFromCollectionArgs, 'collectionId' | 'paperId'>>;
  renameCollection?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationRenameCollectionArgs, 'id' | 'name'>>;
  savePaper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType, RequireFields<MutationSavePaperArgs, 'paperId'>>;
  setCollectionVisibility?: Resolver<ResolversTypes['Collection'], ParentType, ContextType, RequireFields<MutationSetCollectionVisibilityArgs, 'id' | 'public'>>;
  setConceptSynonyms?: Resolver<ResolversTypes['Concept'], ParentType, ContextType, RequireFields<MutationSetConceptSynonymsArgs, 'id' | 'synonyms'>>;
  startHarvest?: Resolver<ResolversTypes['HarvestJob'], ParentType, ContextType, RequireFields<MutationStartHarvestArgs, 'input'>>;
  tagStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationTagStatementArgs, 'about' | 'id'>>;
  unsavePaper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType, RequireFields<MutationUnsavePaperArgs, 'paperId'>>;
  updateStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationUpdateStatementArgs, 'id' | 'patch'>>;
  upsertPaper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType, RequireFields<MutationUpsertPaperArgs, 'input'>>;
}>;

export type NetworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  contrasting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dominantPolarity?: Resolver<Maybe<ResolversTypes['Polarity']>, ParentType, ContextType>;
  mentioning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelPolarity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unclassified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NetworkNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['OutcomeDomain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lowerIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaperResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Paper'] = ResolversParentTypes['Paper']> = ResolversObject<{
  abstract?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<PaperCitationsArgs>>;
  citationsByYear?: Resolver<Array<ResolversTypes['YearTally']>, ParentType, ContextType>;
  coCited?: Resolver<Array<ResolversTypes['RelatedPaper']>, ParentType, ContextType, RequireFields<PaperCoCitedArgs, 'first'>>;
  conceptLinks?: Resolver<Array<ResolversTypes['ConceptLink']>, ParentType, ContextType>;
  coupled?: Resolver<Array<ResolversTypes['RelatedPaper']>, ParentType, ContextType, RequireFields<PaperCoupledArgs, 'first'>>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalTallies?: Resolver<Array<ResolversTypes['ExternalTally']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includedIn?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  includes?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  inclusionLinks?: Resolver<Array<ResolversTypes['InclusionLink']>, ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType, Partial<PaperInterventionsArgs>>;
  isStub?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keywords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  openalexId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType, Partial<PaperOutcomesArgs>>;
  pmcid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pmid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  populations?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  publicationDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicationTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  references?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<PaperReferencesArgs>>;
  s2Id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settings?: Resolver<Array<ResolversTypes['Setting']>, ParentType, ContextType>;
  tally?: Resolver<ResolversTypes['CitationTally'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unverified?: Resolver<Array<ResolversTypes['UnverifiedField']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['PaperViewerState'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaperConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaperConnection'] = ResolversParentTypes['PaperConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaperEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaperEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaperEdge'] = ResolversParentTypes['PaperEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaperReactionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaperReaction'] = ResolversParentTypes['PaperReaction']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  reaction?: Resolver<ResolversTypes['Reaction'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaperViewerStateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PaperViewerState'] = ResolversParentTypes['PaperViewerState']> = ResolversObject<{
  reaction?: Resolver<ResolversTypes['Reaction'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PooledEffectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PooledEffect'] = ResolversParentTypes['PooledEffect']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['PoolingBasis'], ParentType, ContextType>;
  ciLower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciUpper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['EvidenceDirection'], ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  h2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  i2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  k?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  knappHartung?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PoolingMethod'], ParentType, ContextType>;
  p?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  poolable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  predictionLower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  predictionUpper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  q?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  qDf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  qP?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  se?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tau2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  z?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PopulationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Population'] = ResolversParentTypes['Population']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  citationNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryCitationNetworkArgs, 'depth' | 'direction' | 'seeds'>>;
  citationPath?: Resolver<Maybe<Array<ResolversTypes['Paper']>>, ParentType, ContextType, RequireFields<QueryCitationPathArgs, 'from' | 'maxHops' | 'to'>>;
  collection?: Resolver<Maybe<ResolversTypes['Collection']>, ParentType, ContextType, RequireFields<QueryCollectionArgs, 'id'>>;
  evidenceMap?: Resolver<ResolversTypes['EvidenceMap'], ParentType, ContextType, RequireFields<QueryEvidenceMapArgs, 'knappHartung' | 'method' | 'rollUp'>>;
  harvestJob?: Resolver<Maybe<ResolversTypes['HarvestJob']>, ParentType, ContextType, RequireFields<QueryHarvestJobArgs, 'id'>>;
  interventionTypes?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType, Partial<QueryOutcomesArgs>>;
  paper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType, Partial<QueryPaperArgs>>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<QueryPapersArgs>>;
  populations?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  settings?: Resolver<Array<ResolversTypes['Setting']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<QueryStatementsArgs>>;
}>;

export type RelatedPaperResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelatedPaper'] = ResolversParentTypes['RelatedPaper']> = ResolversObject<{
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Paper' | 'Statement', ParentType, ContextType>;
}>;

export type SettingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Setting'] = ResolversParentTypes['Setting']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType, Partial<StatementAboutArgs>>;
  aboutLinks?: Resolver<Array<ResolversTypes['ConceptLink']>, ParentType, ContextType>;
  cited?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  citing?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['StatementClassification']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['StatementContext']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  polaritySource?: Resolver<Maybe<ResolversTypes['LabelSource']>, ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['Purpose']>, ParentType, ContextType>;
  purposeSource?: Resolver<Maybe<ResolversTypes['LabelSource']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementClassificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementClassification'] = ResolversParentTypes['StatementClassification']> = ResolversObject<{
  polarityConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  polarityVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  purposeVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementContextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementContext'] = ResolversParentTypes['StatementContext']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementCounts'] = ResolversParentTypes['StatementCounts']> = ResolversObject<{
  contrasting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentioning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unclassified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UnverifiedFieldResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnverifiedField'] = ResolversParentTypes['UnverifiedField']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  collections?: Resolver<Array<ResolversTypes['Collection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['PaperReaction']>, ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<UserSavedArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pages?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volume?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type YearTallyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YearTally'] = ResolversParentTypes['YearTally']> = ResolversObject<{
  citingPapers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contrasting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentioning?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supporting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unclassified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Author?: AuthorResolvers<ContextType>;
  CellEffect?: CellEffectResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  CitationTally?: CitationTallyResolvers<ContextType>;
  Collection?: CollectionResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptLink?: ConceptLinkResolvers<ContextType>;
  DirectionCounts?: DirectionCountsResolvers<ContextType>;
  DroppedCitationCount?: DroppedCitationCountResolvers<ContextType>;
  EvidenceCell?: EvidenceCellResolvers<ContextType>;
  EvidenceMap?: EvidenceMapResolvers<ContextType>;
  ExternalTally?: ExternalTallyResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  HarvestCounts?: HarvestCountsResolvers<ContextType>;
  HarvestError?: HarvestErrorResolvers<ContextType>;
  HarvestJob?: HarvestJobResolvers<ContextType>;
  ImportReferenceCensus?: ImportReferenceCensusResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  InclusionLink?: InclusionLinkResolvers<ContextType>;
  InterventionType?: InterventionTypeResolvers<ContextType>;
  LinkEvidence?: LinkEvidenceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paper?: PaperResolvers<ContextType>;
  PaperConnection?: PaperConnectionResolvers<ContextType>;
  PaperEdge?: PaperEdgeResolvers<ContextType>;
  PaperReaction?: PaperReactionResolvers<ContextType>;
  PaperViewerState?: PaperViewerStateResolvers<ContextType>;
  PooledEffect?: PooledEffectResolvers<ContextType>;
  Population?: PopulationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedPaper?: RelatedPaperResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Setting?: SettingResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementClassification?: StatementClassificationResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementContext?: StatementContextResolvers<ContextType>;
  StatementCounts?: StatementCountsResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  UnverifiedField?: UnverifiedFieldResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  YearTally?: YearTallyResolvers<ContextType>;
}>;

