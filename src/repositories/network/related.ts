/** Co-citation, bibliographic coupling and citations per year, batched by paper id. */
import type { Executor, QueryStats } from '../../db/executor.js';
import * as cy from '../../db/cypher/network/related.js';
import type { RelatedKind } from '../../db/cypher/network/related.js';
import type { PaperProjection } from '../../db/cypher/projection.js';
import { listByKey } from '../keyed.js';
import type { RelatedPaperModel, YearTallyModel } from './models.js';

export class RelatedPaperRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /**
   * For each id, up to `first` papers most often cited together with it (coCited) or
   * sharing most references with it (coupled), projected as `fields` (whole when null).
   */
  async list(
    kind: RelatedKind,
    ids: readonly string[],
    first: number,
    fields: PaperProjection = null,
  ): Promise<RelatedPaperModel[][]> {
    return listByKey(
      ids,
      await this.db.read(cy.relatedQuery(kind, fields), { ids, first }, this.stats),
    );
  }

  coCited(ids: readonly string[], first: number): Promise<RelatedPaperModel[][]> {
    return this.list('coCited', ids, first);
  }

  coupled(ids: readonly string[], first: number): Promise<RelatedPaperModel[][]> {
    return this.list('coupled', ids, first);
  }

  /** For each id, its citations per citing-paper year, oldest first. */
  async citationsByYear(ids: readonly string[]): Promise<YearTallyModel[][]> {
    return listByKey(ids, await this.db.read(cy.citationsByYear, { ids }, this.stats));
  }
}
