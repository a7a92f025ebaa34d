/** Statement reads: by id, their concepts, filtered lists and full-text search. */
import type { Executor, QueryStats } from '../db/executor.js';
import * as cy from '../db/cypher/statements.js';
import type { Page } from '../domain/paging.js';
import { listByKey, oneByKey } from './keyed.js';
import type { ConceptModel, StatementModel } from './models.js';

export interface StatementFilter {
  polarity?: string[] | null;
  section?: string[] | null;
  purpose?: string[] | null;
  minConfidence?: number | null;
  citing?: string | null;
  cited?: string | null;
  about?: string[] | null;
  source?: string[] | null;
}

export class StatementRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  async byIds(ids: readonly string[]): Promise<(StatementModel | null)[]> {
    return oneByKey(ids, await this.db.read(cy.statementByIds, { ids }, this.stats), 'item');
  }

  async about(ids: readonly string[]): Promise<ConceptModel[][]> {
    return listByKey(ids, await this.db.read(cy.statementAbout, { ids }, this.stats));
  }

  /** A page of statements; with `search` (a Lucene query) ordered by relevance. */
  async list(
    filter: StatementFilter,
    search: string | null,
    page: Page,
  ): Promise<{ total: number; rows: { node: StatementModel; score: number | null }[] }> {
    const params = {
      polarity: filter.polarity ?? null,
      section: filter.section ?? null,
      purpose: filter.purpose ?? null,
      minConfidence: filter.minConfidence ?? null,
      citing: filter.citing ?? null,
      cited: filter.cited ?? null,
      about: filter.about ?? null,
      source: filter.source ?? null,
      search,
      offset: page.offset,
      limit: page.first + 1,
    };
    if (search !== null) {
      const [row] = await this.db.read(cy.statementSearch, params, this.stats);
      return {
        total: (row?.total as number) ?? 0,
        rows: (row?.page as { node: StatementModel; score: number }[]) ?? [],
      };
    }
    const start = filter.cited ? 'cited' : filter.citing ? 'citing' : 'all';
    const [row] = await this.db.read(cy.statementListQuery(start), params, this.stats);
    const nodes = (row?.page as StatementModel[]) ?? [];
    return {
      total: (row?.total as number) ?? 0,
      rows: nodes.map((node) => ({ node, score: null })),
    };
  }
}
