/** Query.paper, Query.papers and the fields of Paper. */
import { conceptsFrom } from './link-source.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../domain/errors.js';
import { assertId } from '../domain/ids.js';
import { toConnection, toPage } from '../domain/paging.js';
import { displayTitle } from '../domain/paper-title.js';
import { doiArg, idsArg, listArg, yearArg } from './args.js';
import { citationConnection } from './citation-connection.js';
import { fieldsAt, paperProjection, projection } from './selected-fields.js';
import { prefetchOf } from './paper-prefetch.js';
import type { GraphQLResolveInfo } from 'graphql';

/** The projections of a citation page's papers (its edges' nodes) and their statements. */
const pagePapers = (info: GraphQLResolveInfo) =>
  paperProjection(info.fieldNodes, ['edges', 'node'], info.fragments);
const pageStatements = (info: GraphQLResolveInfo) =>
  projection('Statement', info.fieldNodes, ['edges', 'statements'], info.fragments);

export const paperResolvers: Resolvers = {
  Query: {
    async paper(_parent, { id, doi }, { loaders, config }, info) {
      if ((id == null) === (doi == null)) throw badInput('id', 'give exactly one of "id" or "doi"');
      const key = id != null ? assertId('id', id) : doiArg('doi', doi as string);
      // Read only what the selection shows, and its page of citations (or references, or
      // co-cited papers) in the same round trip.
      const fields = paperProjection(info.fieldNodes, [], info.fragments);
      const prefetch = prefetchOf(info, config);
      if (fields !== null || prefetch !== null) {
        const tallies = fieldsAt(info.fieldNodes, ['externalTallies'], info.fragments).length > 0;
        return loaders.paperLookup(id != null ? 'id' : 'doi', fields, prefetch, tallies).load(key);
      }
      if (id != null) return loaders.paper.load(key);
      const found = await loaders.paperByDoi.load(key);
      if (found) loaders.primePapers([found]);
      return found;
    },
    async papers(_parent, { where, orderBy, first, after }, { repos, loaders, config }) {
      const page = toPage('papers', first, after, config.maxPageSize);
      const filter = {
        ids: idsArg('where.ids', where?.ids),
        dois: listArg('where.dois', where?.dois)?.map((d) => doiArg('where.dois', d)) ?? null,
        yearFrom: yearArg('where.yearFrom', where?.yearFrom),
        yearTo: yearArg('where.yearTo', where?.yearTo),
        interventions: idsArg(
          'where.interventions',
          listArg('where.interventions', where?.interventions),
        ),
        outcomes: idsArg('where.outcomes', listArg('where.outcomes', where?.outcomes)),
        publicationTypes: listArg('where.publicationTypes', where?.publicationTypes),
        minCitingPapers: where?.minCitingPapers ?? null,
      };
      const order = {
        field: orderBy?.field ?? 'YEAR',
        direction: orderBy?.direction ?? 'DESC',
      } as const;
      const { total, rows } = await repos.papers.list(filter, order, page);
      loaders.primePapers(rows);
      return toConnection('papers', page, total, rows, (node, cursor) => ({ node, cursor }));
    },
  },
  Paper: {
    title: (p) => displayTitle(p),
    isStub: (p) => p.stub === true,
    publicationTypes: (p) => p.publicationTypes ?? [],
    keywords: (p) => p.keywords ?? [],
    topics: (p) => p.topics ?? [],
    mergedIds: (p) => p.mergedIds ?? [],
    authors: (p, _a, { loaders }) => loaders.authors.load(p.id),
    venue: (p, _a, { loaders }) => loaders.venue.load(p.id),
    interventions: async (p, { sources }, { loaders }) =>
      sources
        ? conceptsFrom(await loaders.conceptLinks.load(p.id), 'STUDIES', sources)
        : loaders.concepts.InterventionType.load(p.id),
    outcomes: async (p, { sources }, { loaders }) =>
      sources
        ? conceptsFrom(await loaders.conceptLinks.load(p.id), 'MEASURES', sources)
        : loaders.concepts.Outcome.load(p.id),
    populations: (p, _a, { loaders }) => loaders.concepts.Population.load(p.id),
    settings: (p, _a, { loaders }) => loaders.concepts.Setting.load(p.id),
    findings: (p, _a, { loaders }) => loaders.findings.load(p.id),
    externalTallies: (p, _a, { loaders }) => loaders.externalTallies.load(p.id),
    includes: (p, _a, { loaders }) => loaders.includes.load(p.id),
    includedIn: (p, _a, { loaders }) => loaders.includedIn.load(p.id),
    tally: (p) => p,
    citations: (p, args, ctx, info) =>
      citationConnection('citations', p.id, args, ctx, pagePapers(info), pageStatements(info)),
    references: (p, args, ctx, info) =>
      citationConnection('references', p.id, args, ctx, pagePapers(info), pageStatements(info)),
  },
  // The tally is read from counters on the paper node, never counted per request.
  CitationTally: {
    citingPapers: (p) => p.citingPaperCount ?? 0,
    statements: (p) => p.statementCount ?? 0,
    supporting: (p) => p.supportingCount ?? 0,
    mentioning: (p) => p.mentioningCount ?? 0,
    contrasting: (p) => p.contrastingCount ?? 0,
    unclassified: (p) => p.unclassifiedCount ?? 0,
    references: (p) => p.referenceCount ?? 0,
  },
};
