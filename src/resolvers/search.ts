/** Query.search: one ranked list of papers and statements. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { toConnection, toPage } from '../domain/paging.js';
import { toLuceneQuery } from '../domain/search-text.js';

export const searchResolvers: Resolvers = {
  Query: {
    async search(_p, { text, first, after }, { repos, loaders, config }) {
      const page = toPage('search', first, after, config.maxPageSize);
      const { total, rows } = await repos.search.search(toLuceneQuery(text), page);
      for (const { node } of rows) if (node.__typename === 'Paper') loaders.primePapers([node]);
      return toConnection('search', page, total, rows, (row, cursor) => ({
        cursor,
        node: row.node,
        score: row.score,
      }));
    },
  },
  SearchHit: {
    __resolveType: (hit) => hit.__typename,
  },
};
