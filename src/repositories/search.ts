/** Full-text search over papers and statements. */
import type { Executor, QueryStats } from '../db/executor.js';
import { searchAll } from '../db/cypher/search.js';
import type { Page } from '../domain/paging.js';
import type { SearchHitModel } from './models.js';

/** Hits each index may contribute; bounds totalCount and the cost of one search. */
export const SEARCH_CAP = 1000;

export class SearchRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /** `lucene` must come from toLuceneQuery. */
  async search(
    lucene: string,
    page: Page,
  ): Promise<{ total: number; rows: { node: SearchHitModel; score: number }[] }> {
    const [row] = await this.db.read(
      searchAll,
      { text: lucene, cap: SEARCH_CAP, offset: page.offset, limit: page.first + 1 },
      this.stats,
    );
    const hits =
      (row?.page as {
        type: 'Paper' | 'Statement';
        score: number;
        item: Record<string, unknown>;
      }[]) ?? [];
    return {
      total: (row?.total as number) ?? 0,
      rows: hits.map((h) => ({
        node: { ...h.item, __typename: h.type } as SearchHitModel,
        score: h.score,
      })),
    };
  }
}
