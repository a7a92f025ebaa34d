/** The concept taxonomy: intervention types, outcomes, populations, settings. */
import type { Executor, QueryStats } from '../db/executor.js';
import * as cy from '../db/cypher/concepts.js';
import { listByKey, oneByKey } from './keyed.js';
import type { ConceptModel } from './models.js';

const item = (rows: Record<string, unknown>[]): ConceptModel[] =>
  rows.map((r) => r.item as ConceptModel);

export class ConceptRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  async interventionTypes(): Promise<ConceptModel[]> {
    return item(await this.db.read(cy.interventionTypes, {}, this.stats));
  }

  async outcomes(domain: string | null): Promise<ConceptModel[]> {
    return item(await this.db.read(cy.outcomes, { domain }, this.stats));
  }

  async populations(): Promise<ConceptModel[]> {
    return item(await this.db.read(cy.populations, {}, this.stats));
  }

  async settings(): Promise<ConceptModel[]> {
    return item(await this.db.read(cy.settings, {}, this.stats));
  }

  async byIds(ids: readonly string[]): Promise<(ConceptModel | null)[]> {
    return oneByKey(ids, await this.db.read(cy.conceptsByIds, { ids }, this.stats), 'item');
  }

  async children(ids: readonly string[]): Promise<ConceptModel[][]> {
    return listByKey(ids, await this.db.read(cy.conceptChildren, { ids }, this.stats));
  }
}
