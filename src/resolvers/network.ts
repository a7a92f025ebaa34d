/** Query.citationNetwork, Query.citationPath and the citation-network fields of Paper. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import {
  intInRange,
  NETWORK_LIMITS,
  networkRequest,
  paperRefs,
} from '../domain/network/options.js';
import type { RequestContext } from '../context.js';
import { paperProjection } from './selected-fields.js';
import { MAX_RELATED } from './paper-prefetch.js';

/** The graph id of a paper named by id or DOI, or null when no paper has that DOI. */
async function paperId(argument: string, ref: string, ctx: RequestContext): Promise<string | null> {
  const { ids, dois } = paperRefs(argument, [ref]);
  if (ids[0] !== undefined) return ids[0];
  const paper = await ctx.loaders.paperByDoi.load(dois[0] as string);
  if (paper) ctx.loaders.primePapers([paper]);
  return paper?.id ?? null;
}

export const networkResolvers: Resolvers = {
  Query: {
    async citationNetwork(
      _parent,
      { seeds, depth, direction, where, limit },
      { repos, loaders },
      info,
    ) {
      const request = networkRequest({ seeds, depth, direction, limit, ...where });
      const fields = paperProjection(info.fieldNodes, ['nodes', 'paper'], info.fragments);
      const network = await repos.network.network(request, fields);
      // Projected papers are partial: only whole ones may answer later lookups by id.
      if (fields === null) loaders.primePapers(network.nodes.map((n) => n.paper));
      return network;
    },
    async citationPath(_parent, { from, to, maxHops }, ctx) {
      const hops = intInRange('maxHops', maxHops, 4, 1, NETWORK_LIMITS.maxHops);
      const [fromId, toId] = await Promise.all([
        paperId('from', from, ctx),
        paperId('to', to, ctx),
      ]);
      if (fromId === null || toId === null) return null;
      if (fromId === toId) {
        // A paper reaches itself by the empty path; Cypher's shortestPath refuses equal ends.
        const paper = await ctx.loaders.paper.load(fromId);
        return paper ? [paper] : null;
      }
      const papers = await ctx.repos.network.path(fromId, toId, hops);
      if (papers) ctx.loaders.primePapers(papers);
      return papers;
    },
  },
  Paper: {
    coCited: (p, { first }, { loaders }, info) =>
      loaders
        .related(
          'coCited',
          intInRange('first', first, 10, 0, MAX_RELATED),
          paperProjection(info.fieldNodes, ['paper'], info.fragments),
        )
        .load(p.id),
    coupled: (p, { first }, { loaders }) =>
      loaders.related('coupled', intInRange('first', first, 10, 0, MAX_RELATED)).load(p.id),
    citationsByYear: (p, _a, { loaders }) => loaders.citationsByYear.load(p.id),
  },
};
