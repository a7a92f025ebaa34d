/** Citation and reference pages for a batch of papers, with their statements. */
import type { Executor, QueryStats } from '../db/executor.js';
import {
  citationPage,
  citationPageByStatements,
  type CitationDirection,
} from '../db/cypher/citations.js';

export type { CitationDirection };
import type { Page } from '../domain/paging.js';
import type { PaperModel, StatementModel } from './models.js';

export interface CitationFilter {
  polarity?: string[] | null;
  section?: string[] | null;
  minConfidence?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  about?: string[] | null;
  selfCitation?: boolean | null;
}

export interface CitationOrder {
  field: 'YEAR' | 'CONFIDENCE';
  direction: 'ASC' | 'DESC';
}

export interface CitationRow {
  paper: PaperModel;
  statements: StatementModel[];
}

export interface CitationPage {
  total: number;
  rows: CitationRow[];
}

/** True when the filter constrains statements, so edges without a matching statement drop out. */
export function filtersStatements(f: CitationFilter): boolean {
  return f.polarity != null || f.section != null || f.minConfidence != null || f.about != null;
}

export class CitationRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /** One page per anchor paper id, in key order; the page holds one row beyond `first`. */
  async pages(
    direction: CitationDirection,
    ids: readonly string[],
    filter: CitationFilter,
    order: CitationOrder,
    page: Page,
  ): Promise<CitationPage[]> {
    const statementFilter = filtersStatements(filter);
    const rows = await this.db.read(
      (statementFilter ? citationPageByStatements : citationPage)[direction],
      {
        ids,
        polarity: filter.polarity ?? null,
        section: filter.section ?? null,
        minConfidence: filter.minConfidence ?? null,
        yearFrom: filter.yearFrom ?? null,
        yearTo: filter.yearTo ?? null,
        about: filter.about ?? null,
        selfCitation: filter.selfCitation ?? null,
        statementFilter,
        orderField: order.field,
        descending: order.direction === 'DESC',
        offset: page.offset,
        limit: page.first + 1,
      },
      this.stats,
    );
    const byKey = new Map(
      rows.map((r) => [
        r.key as string,
        { total: r.total as number, rows: r.page as CitationRow[] },
      ]),
    );
    return ids.map((id) => byKey.get(id) ?? { total: 0, rows: [] });
  }
}
