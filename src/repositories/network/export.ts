/**
 * Reads for network exports: export attributes of a set of papers, and keyset pages over all
 * papers and all citations (by paper id), so that a whole-graph export streams page by page.
 */
import type { CitationCounts } from '../../domain/network/citation-edge.js';
import type { NetworkPaperAttributes } from '../../domain/network/network-paper.js';
import type { Executor, QueryStats, Row } from '../../db/executor.js';
import * as cy from '../../db/cypher/network/export.js';
import { citationFromItem, type CitedItem } from './cited-item.js';

/**
 * A paper's export attributes as the queries return them (title may be absent on stubs, which
 * are then named by their other identifiers).
 */
export interface ExportPaperRow extends NetworkPaperAttributes {
  title: string | null;
  openalexId: string | null;
  s2Id: string | null;
  pmid: string | null;
}

export class NetworkExportRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats = { roundTrips: 0, queries: [] },
  ) {}

  /** Export attributes of the papers `ids`, keyed by id (unknown ids are absent). */
  async nodesByIds(ids: readonly string[]): Promise<Map<string, ExportPaperRow>> {
    const rows = await this.db.read(cy.exportNodesByIds, { ids }, this.stats);
    return new Map(rows.map((r) => [r.id as string, r as unknown as ExportPaperRow]));
  }

  /** The next `size` papers after id `after` ('' for the first page), in id order. */
  async nodePage(after: string, size: number): Promise<ExportPaperRow[]> {
    const rows: Row[] = await this.db.read(cy.exportNodePage, { after, size }, this.stats);
    return rows as unknown as ExportPaperRow[];
  }

  /**
   * Citations made by the next `size` papers after id `after`; `last` is the id to continue
   * after, null when there are no papers left.
   */
  async edgePage(
    after: string,
    size: number,
  ): Promise<{ last: string | null; edges: CitationCounts[] }> {
    const [row] = await this.db.read(cy.exportEdgePage, { after, size }, this.stats);
    const papers = (row?.edges as [string, CitedItem[]][] | undefined) ?? [];
    const edges: CitationCounts[] = [];
    for (const [source, cited] of papers)
      for (const item of cited) edges.push(citationFromItem(source, item));
    return { last: (row?.last as string | null | undefined) ?? null, edges };
  }
}
