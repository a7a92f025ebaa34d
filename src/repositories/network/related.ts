/** Co-citation, bibliographic coupling and citations per year, batched by paper id. */
import type { Executor, QueryStats } from '../../db/executor.js';
import * as cy from '../../db/cypher/network/related.js';
import { listByKey } from '../keyed.js';
import type { RelatedPaperModel, YearTallyModel } from './models.js';

export class RelatedPaperRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /** For each id, up to `first` papers most often cited together with it. */
  async coCited(ids: readonly string[], first: number): Promise<RelatedPaperModel[][]> {
    return listByKey(ids, await this.db.read(cy.coCited, { ids, first }, this.stats));
  }

  /** For each id, up to `first` papers sharing most references with it. */
  async coupled(ids: readonly string[], first: number): Promise<RelatedPaperModel[][]> {
    return listByKey(ids, await this.db.read(cy.coupled, { ids, first }, this.stats));
  }

  /** For each id, its citations per citing-paper year, oldest first. */
  async citationsByYear(ids: readonly string[]): Promise<YearTallyModel[][]> {
    return listByKey(ids, await this.db.read(cy.citationsByYear, { ids }, this.stats));
  }
}
