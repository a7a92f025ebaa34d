/** Paper.citations / Paper.references: validates CitationWhere and pages through the batched loader. */
import type {
  CitationOrder,
  CitationWhere,
  InputMaybe,
  Scalars,
} from '../__generated__/resolvers-types.js';
import type {
  CitationDirection,
  CitationFilter,
  CitationOrder as CitationOrderModel,
} from '../repositories/citations.js';
import type { Config } from '../config.js';
import type { PaperProjection, Projection } from '../repositories/paper-lookup.js';
import { toConnection, toPage, type Page } from '../domain/paging.js';
import type { CitationEdgeModel, ConnectionModel } from '../repositories/models.js';
import type { RequestContext } from '../context.js';
import { confidenceArg, idsArg, listArg, yearArg } from './args.js';

export interface Args {
  where?: InputMaybe<CitationWhere>;
  orderBy?: InputMaybe<CitationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}

/** The validated page, filter and order of a citations/references field's arguments. */
export function citationRequest(
  direction: CitationDirection,
  { where, orderBy, first, after }: Args,
  config: Config,
): { page: Page; filter: CitationFilter; order: CitationOrderModel } {
  const kind = direction === 'citations' ? 'citations' : 'references';
  const page = toPage(kind, first, after, config.maxPageSize);
  const filter = {
    polarity: listArg('where.polarity', where?.polarity),
    section: listArg('where.section', where?.section),
    minConfidence: confidenceArg('where.minConfidence', where?.minConfidence),
    yearFrom: yearArg('where.yearFrom', where?.yearFrom),
    yearTo: yearArg('where.yearTo', where?.yearTo),
    about: idsArg('where.about', listArg('where.about', where?.about)),
    selfCitation: where?.selfCitation ?? null,
    sources: listArg('where.sources', where?.sources),
    polaritySource: listArg('where.polaritySource', where?.polaritySource),
  };
  const order = {
    field: orderBy?.field ?? 'YEAR',
    direction: orderBy?.direction ?? 'DESC',
  } as const;
  return { page, filter, order };
}

/** A page of the paper's citations or references, its papers and statements projected. */
export async function citationConnection(
  direction: CitationDirection,
  paperId: string,
  args: Args,
  { loaders, config }: RequestContext,
  fields: PaperProjection = null,
  statements: Projection = null,
): Promise<ConnectionModel<CitationEdgeModel>> {
  const kind = direction === 'citations' ? 'citations' : 'references';
  const { page, filter, order } = citationRequest(direction, args, config);
  const result = await loaders
    .citations(direction, filter, order, page, fields, statements)
    .load(paperId);
  return toConnection(kind, page, result.total, result.rows, (row, cursor) => ({
    cursor,
    node: row.paper,
    statements: row.statements,
    sources: row.sources,
    verified: row.verified,
    note: row.note,
  }));
}
