import type { GraphQLResolveInfo } from 'graphql';
import type { PaperModel, AuthorModel, VenueModel, ConceptModel, FindingModel, StatementModel, ExternalTallyModel, CitationEdgeModel, ConnectionModel, PaperEdgeModel, StatementEdgeModel, SearchEdgeModel, SearchHitModel } from '../repositories/models.js';
import type { RequestContext } from '../server/context.js';
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
  statements: Array<Statement>;
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
  section?: InputMaybe<Array<Section>>;
  /** true: only citations between papers sharing an author; false: only the others. */
  selfCitation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Year of the other paper (the citing one for citations, the cited one for references). */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** An intervention type or an outcome: what papers study and statements talk about. */
export type Concept = {
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type EffectDirection =
  | 'FAVOURS_CONTROL'
  | 'FAVOURS_INTERVENTION'
  | 'NO_DIFFERENCE';

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
  timepoint?: Maybe<Scalars['String']['output']>;
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
};

export type Measure =
  | 'HEDGES_G'
  | 'LOG_OR'
  | 'LOG_RR'
  | 'MD'
  | 'OR'
  | 'RR'
  | 'SMD';

export type Outcome = Concept & {
  __typename?: 'Outcome';
  children: Array<Outcome>;
  description?: Maybe<Scalars['String']['output']>;
  domain: OutcomeDomain;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  paperCount: Scalars['Int']['output'];
  parent?: Maybe<Outcome>;
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
  doi?: Maybe<Scalars['String']['output']>;
  /** Counts a provider reports for the whole literature (e.g. scite), kept apart from this graph's. */
  externalTallies: Array<ExternalTally>;
  findings: Array<Finding>;
  id: Scalars['ID']['output'];
  /** Studies: the reviews that include them. */
  includedIn: Array<Paper>;
  /** Reviews: the studies they include. */
  includes: Array<Paper>;
  interventions: Array<InterventionType>;
  /** True while the paper is known only from another record's reference list. */
  isStub: Scalars['Boolean']['output'];
  openalexId?: Maybe<Scalars['String']['output']>;
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
  url?: Maybe<Scalars['String']['output']>;
  venue?: Maybe<Venue>;
  year?: Maybe<Scalars['Int']['output']>;
};


export type PaperCitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CitationOrder>;
  where?: InputMaybe<CitationWhere>;
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

export type PaperOrder = {
  direction?: InputMaybe<SortDirection>;
  field: PaperOrderField;
};

export type PaperOrderField =
  | 'CITING_PAPERS'
  | 'TITLE'
  | 'YEAR';

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

export type Population = {
  __typename?: 'Population';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Why the cited work is cited (Semantic Scholar / SciCite scheme). */
export type Purpose =
  | 'BACKGROUND'
  | 'METHOD'
  | 'RESULT';

export type Query = {
  __typename?: 'Query';
  /** Every intervention type; follow `parent`/`children` for the hierarchy. */
  interventionTypes: Array<InterventionType>;
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

export type Setting = {
  __typename?: 'Setting';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Statement = {
  __typename?: 'Statement';
  about: Array<Concept>;
  cited: Paper;
  citing: Paper;
  /** Confidence of the classification, 0..1. */
  confidence?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  polarity: Polarity;
  /** Provenance notes, e.g. when the citing paper is not identified. */
  provenance?: Maybe<Scalars['String']['output']>;
  purpose?: Maybe<Purpose>;
  section: Section;
  /** Where this statement came from (scite, semantic-scholar, curated, ...). */
  source?: Maybe<Scalars['String']['output']>;
  /** What the citing paper says, as quoted by the source. */
  text: Scalars['String']['output'];
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
  /** Full-text relevance when `search` is given. */
  score?: Maybe<Scalars['Float']['output']>;
};

export type StatementWhere = {
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Statements about this paper (id). */
  cited?: InputMaybe<Scalars['ID']['input']>;
  /** Statements made by this paper (id). */
  citing?: InputMaybe<Scalars['ID']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  polarity?: InputMaybe<Array<Polarity>>;
  purpose?: InputMaybe<Array<Purpose>>;
  section?: InputMaybe<Array<Section>>;
  source?: InputMaybe<Array<Scalars['String']['input']>>;
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
  CitationConnection: ResolverTypeWrapper<ConnectionModel<CitationEdgeModel>>;
  CitationEdge: ResolverTypeWrapper<CitationEdgeModel>;
  CitationOrder: CitationOrder;
  CitationOrderField: CitationOrderField;
  CitationTally: ResolverTypeWrapper<PaperModel>;
  CitationWhere: CitationWhere;
  Concept: ResolverTypeWrapper<ConceptModel>;
  EffectDirection: EffectDirection;
  ExternalTally: ResolverTypeWrapper<ExternalTallyModel>;
  Finding: ResolverTypeWrapper<FindingModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterventionType: ResolverTypeWrapper<ConceptModel>;
  Measure: Measure;
  Outcome: ResolverTypeWrapper<ConceptModel>;
  OutcomeDomain: OutcomeDomain;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paper: ResolverTypeWrapper<PaperModel>;
  PaperConnection: ResolverTypeWrapper<ConnectionModel<PaperEdgeModel>>;
  PaperEdge: ResolverTypeWrapper<PaperEdgeModel>;
  PaperOrder: PaperOrder;
  PaperOrderField: PaperOrderField;
  PaperWhere: PaperWhere;
  Polarity: Polarity;
  Population: ResolverTypeWrapper<ConceptModel>;
  Purpose: Purpose;
  Query: ResolverTypeWrapper<{}>;
  SearchConnection: ResolverTypeWrapper<ConnectionModel<SearchEdgeModel>>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Section: Section;
  Setting: ResolverTypeWrapper<ConceptModel>;
  SortDirection: SortDirection;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementConnection: ResolverTypeWrapper<ConnectionModel<StatementEdgeModel>>;
  StatementEdge: ResolverTypeWrapper<StatementEdgeModel>;
  StatementWhere: StatementWhere;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Venue: ResolverTypeWrapper<VenueModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Author: AuthorModel;
  Boolean: Scalars['Boolean']['output'];
  CitationConnection: ConnectionModel<CitationEdgeModel>;
  CitationEdge: CitationEdgeModel;
  CitationOrder: CitationOrder;
  CitationTally: PaperModel;
  CitationWhere: CitationWhere;
  Concept: ConceptModel;
  ExternalTally: ExternalTallyModel;
  Finding: FindingModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InterventionType: ConceptModel;
  Outcome: ConceptModel;
  PageInfo: PageInfo;
  Paper: PaperModel;
  PaperConnection: ConnectionModel<PaperEdgeModel>;
  PaperEdge: PaperEdgeModel;
  PaperOrder: PaperOrder;
  PaperWhere: PaperWhere;
  Population: ConceptModel;
  Query: {};
  SearchConnection: ConnectionModel<SearchEdgeModel>;
  SearchEdge: SearchEdgeModel;
  SearchHit: SearchHitModel;
  Setting: ConceptModel;
  Statement: StatementModel;
  StatementConnection: ConnectionModel<StatementEdgeModel>;
  StatementEdge: StatementEdgeModel;
  StatementWhere: StatementWhere;
  String: Scalars['String']['output'];
  Venue: VenueModel;
}>;

export type AuthorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orcid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
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

export type ConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InterventionType' | 'Outcome', ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InterventionTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterventionType'] = ResolversParentTypes['InterventionType']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['OutcomeDomain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
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
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalTallies?: Resolver<Array<ResolversTypes['ExternalTally']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includedIn?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  includes?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  isStub?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openalexId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
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
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
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

export type PopulationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Population'] = ResolversParentTypes['Population']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  interventionTypes?: Resolver<Array<ResolversTypes['InterventionType']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType, Partial<QueryOutcomesArgs>>;
  paper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType, Partial<QueryPaperArgs>>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<QueryPapersArgs>>;
  populations?: Resolver<Array<ResolversTypes['Population']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  settings?: Resolver<Array<ResolversTypes['Setting']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<QueryStatementsArgs>>;
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
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Concept']>, ParentType, ContextType>;
  cited?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  citing?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['Purpose']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Author?: AuthorResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  CitationTally?: CitationTallyResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ExternalTally?: ExternalTallyResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  InterventionType?: InterventionTypeResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paper?: PaperResolvers<ContextType>;
  PaperConnection?: PaperConnectionResolvers<ContextType>;
  PaperEdge?: PaperEdgeResolvers<ContextType>;
  Population?: PopulationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Setting?: SettingResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
}>;

