/** Paper.citations / Paper.references: validates CitationWhere and pages through the batched loader. */
import type {
  CitationOrder,
  CitationWhere,
  InputMaybe,
  Scalars,
} from '../__generated__/resolvers-types.js';
import type { CitationDirection } from '../repositories/citations.js';
import { toConnection, toPage } from '../domain/paging.js';
import type { CitationEdgeModel, ConnectionModel } from '../repositories/models.js';
import type { RequestContext } from '../context.js';
import { confidenceArg, idsArg, listArg, yearArg } from './args.js';

interface Args {
  where?: InputMaybe<CitationWhere>;
  orderBy?: InputMaybe<CitationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}

export async function citationConnection(
  direction: CitationDirection,
  paperId: string,
  { where, orderBy, first, after }: Args,
  { loaders, config }: RequestContext,
): Promise<ConnectionModel<CitationEdgeModel>> {
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
  const result = await loaders.citations(direction, filter, order, page).load(paperId);
  return toConnection(kind, page, result.total, result.rows, (row, cursor) => ({
    cursor,
    node: row.paper,
    statements: row.statements,
    sources: row.sources,
    verified: row.verified,
    note: row.note,
  }));
}
