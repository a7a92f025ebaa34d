/** Citation and reference pages for a batch of papers, with their statements. */
import type { Executor, QueryStats } from '../db/executor.js';
import { setFilters } from '../db/cypher/shape.js';
import {
  citationPageQuery,
  type CitationDirection,
  type CitationShape,
} from '../db/cypher/citations.js';

export type { CitationDirection };
import type { Page } from '../domain/paging.js';
import type { PaperProjection, Projection } from '../db/cypher/projection.js';
import type { PaperModel, ProvenanceModel, StatementModel } from './models.js';

export interface CitationFilter {
  polarity?: string[] | null;
  section?: string[] | null;
  minConfidence?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  about?: string[] | null;
  selfCitation?: boolean | null;
  /** Only edges whose CITES sources include any of these. */
  sources?: string[] | null;
  /** Only statements whose polarity was set by one of these: SOURCE, CURATOR, MODEL. */
  polaritySource?: string[] | null;
}

export interface CitationOrder {
  field: 'YEAR' | 'CONFIDENCE';
  direction: 'ASC' | 'DESC';
}

/** One edge of a page: the far paper, its statements and the CITES edge's provenance. */
export interface CitationRow extends ProvenanceModel {
  paper: PaperModel;
  statements: StatementModel[];
}

export interface CitationPage {
  total: number;
  rows: CitationRow[];
}

/** Which filters are set, and the order: what the query text depends on. */
export function shapeOf(f: CitationFilter, order: CitationOrder): CitationShape {
  return {
    polarity: f.polarity != null,
    section: f.section != null,
    minConfidence: f.minConfidence != null,
    about: f.about != null,
    yearFrom: f.yearFrom != null,
    yearTo: f.yearTo != null,
    selfCitation: f.selfCitation ?? null,
    sources: f.sources != null,
    polaritySource: f.polaritySource != null,
    orderField: order.field,
    descending: order.direction === 'DESC',
  };
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
    fields: PaperProjection = null,
    statements: Projection = null,
  ): Promise<CitationPage[]> {
    const rows = await this.db.read(
      citationPageQuery(direction, shapeOf(filter, order), fields, statements),
      { ...pageParams(filter, page), ids },
      this.stats,
    );
    const byKey = new Map(rows.map((r) => [r.key as string, pageOf(r)]));
    return ids.map((id) => byKey.get(id) ?? { total: 0, rows: [] });
  }
}

/**
 * The parameters of a page query: only the filters that are set (the rest are absent from
 * the text; selfCitation is part of the shape, never a parameter), the offset and the limit.
 */
export function pageParams(filter: CitationFilter, page: Page): Record<string, unknown> {
  const { selfCitation: _inText, ...values } = setFilters(filter);
  return { ...values, offset: page.offset, limit: page.first + 1 };
}

/** The page a query row holds in `total` and `page`. */
export const pageOf = (row: Record<string, unknown>): CitationPage => ({
  total: row.total as number,
  rows: row.page as CitationRow[],
});
