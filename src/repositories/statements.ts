/** Statement reads: by id, their concepts, filtered lists and full-text search. */
import type { Executor, QueryStats } from '../db/executor.js';
import { setFilters } from '../db/cypher/shape.js';
import * as cy from '../db/cypher/statements.js';
import type { Page } from '../domain/paging.js';
import { listByKey, oneByKey } from './keyed.js';
import type { ConceptLinkModel, ConceptModel, PaperModel, StatementModel } from './models.js';

export interface StatementFilter {
  polarity?: string[] | null;
  section?: string[] | null;
  purpose?: string[] | null;
  minConfidence?: number | null;
  citing?: string | null;
  cited?: string | null;
  about?: string[] | null;
  source?: string[] | null;
  /** Provenance: statements any of these sources asserted. */
  sources?: string[] | null;
  /** Who set the polarity / the purpose: SOURCE, CURATOR or MODEL. */
  polaritySource?: string[] | null;
  purposeSource?: string[] | null;
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

  /** Each statement's ABOUT links with their provenance, in key order. */
  async aboutLinks(ids: readonly string[]): Promise<ConceptLinkModel[][]> {
    return listByKey(ids, await this.db.read(cy.statementAboutLinks, { ids }, this.stats));
  }

  /** Per `citing|cited|polarity` key: does that polarity rest on model labels only? */
  async edgeModelPolarity(keys: readonly string[]): Promise<boolean[]> {
    const rows = await this.db.read(cy.edgeModelPolarity, { keys }, this.stats);
    const model = new Map(
      rows.map((r) => {
        const held = r.held as (string | null)[];
        return [r.key as string, held.length > 0 && held.every((h) => h === 'MODEL')];
      }),
    );
    return keys.map((k) => model.get(k) ?? false);
  }

  /**
   * A page of statements; with `search` (a Lucene query) ordered by relevance. Each row
   * carries the statement's citing and cited papers (one round trip for both); `projection`
   * says which properties of each to read (all, when absent).
   */
  async list(
    filter: StatementFilter,
    search: string | null,
    page: Page,
    projection?: cy.RowProjection,
  ): Promise<{ total: number; rows: StatementRow[] }> {
    const values = setFilters(filter);
    const shape: cy.StatementShape = {
      polarity: 'polarity' in values,
      section: 'section' in values,
      purpose: 'purpose' in values,
      minConfidence: 'minConfidence' in values,
      source: 'source' in values,
      sources: 'sources' in values,
      polaritySource: 'polaritySource' in values,
      purposeSource: 'purposeSource' in values,
      citing: 'citing' in values,
      cited: 'cited' in values,
      about: 'about' in values,
    };
    const params = { ...values, offset: page.offset, limit: page.first + 1 };
    const query =
      search !== null
        ? cy.statementSearchQuery(shape, projection)
        : cy.statementListQuery(
            shape.cited ? 'cited' : shape.citing ? 'citing' : 'all',
            shape,
            projection,
          );
    const [row] = await this.db.read(
      query,
      search !== null ? { ...params, search } : params,
      this.stats,
    );
    const rows = (row?.page as StatementRow[] | undefined) ?? [];
    return {
      total: (row?.total as number) ?? 0,
      rows: rows.map((r) => ({ ...r, score: r.score ?? null })),
    };
  }
}

export type { RowProjection } from '../db/cypher/statements.js';

/** One statement of a page, its two papers, and its relevance score when searched. */
export interface StatementRow {
  node: StatementModel;
  citing: PaperModel;
  cited: PaperModel;
  score: number | null;
}
