/** Paper reads: by id or DOI, filtered lists, and everything a paper links to, batched by id. */
import type { Executor, NamedQuery, QueryStats, Row } from '../db/executor.js';
import * as cy from '../db/cypher/papers.js';
import { paperListQuery, type PaperOrderKey, type PaperStart } from '../db/cypher/paper-list.js';
import type { Page } from '../domain/paging.js';
import type { LookupBy } from '../db/cypher/paper-lookup.js';
import type { PaperProjection } from '../db/cypher/projection.js';
import { lookupPapers, type PaperLookup, type Prefetch } from './paper-lookup.js';
import { listByKey, oneByKey } from './keyed.js';
import type {
  AuthorModel,
  ConceptKind,
  ConceptLinkModel,
  ConceptModel,
  ExternalTallyModel,
  FindingModel,
  InclusionLinkModel,
  PaperModel,
  VenueModel,
} from './models.js';

export interface PaperFilter {
  ids?: string[] | null;
  dois?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  interventions?: string[] | null;
  outcomes?: string[] | null;
  publicationTypes?: string[] | null;
  minCitingPapers?: number | null;
}

export interface PaperOrder {
  field: PaperOrderKey;
  direction: 'ASC' | 'DESC';
}

function startFor(f: PaperFilter): PaperStart {
  if (f.ids) return 'ids';
  if (f.dois) return 'dois';
  if (f.interventions) return 'interventions';
  if (f.outcomes) return 'outcomes';
  return 'all';
}

/** A paper and its external tallies, as one lookup returns them. */
export interface PaperWithTallies {
  paper: PaperModel;
  tallies: ExternalTallyModel[];
}

const withTallies = (rows: Row[]): Row[] =>
  rows.map((r) => ({ key: r.key, found: { paper: r.paper, tallies: r.tallies } }));

export class PaperRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /** Papers by id, each with its external tallies (fetched in the same query). */
  async byIds(ids: readonly string[]): Promise<(PaperWithTallies | null)[]> {
    return oneByKey(
      ids,
      withTallies(await this.db.read(cy.paperByIds, { ids }, this.stats)),
      'found',
    );
  }

  /**
   * Papers by id or (normalised) DOI projected as `fields`, each with its tallies and, when
   * asked, the citation page or related list the request reads next (paper-lookup.ts).
   */
  lookup(
    by: LookupBy,
    keys: readonly string[],
    fields: PaperProjection,
    prefetch: Prefetch | null,
    tallies = true,
  ): Promise<(PaperLookup | null)[]> {
    return lookupPapers(this.db, this.stats, by, keys, fields, prefetch, tallies);
  }

  /** DOIs must already be normalised. */
  async byDois(dois: readonly string[]): Promise<(PaperWithTallies | null)[]> {
    return oneByKey(
      dois,
      withTallies(await this.db.read(cy.paperByDois, { dois }, this.stats)),
      'found',
    );
  }

  async list(
    filter: PaperFilter,
    order: PaperOrder,
    page: Page,
  ): Promise<{ total: number; rows: PaperModel[] }> {
    const query = paperListQuery(startFor(filter), order.field, order.direction);
    const params = {
      ids: filter.ids ?? null,
      dois: filter.dois ?? null,
      yearFrom: filter.yearFrom ?? null,
      yearTo: filter.yearTo ?? null,
      interventions: filter.interventions ?? null,
      outcomes: filter.outcomes ?? null,
      publicationTypes: filter.publicationTypes ?? null,
      minCitingPapers: filter.minCitingPapers ?? null,
      offset: page.offset,
      limit: page.first + 1,
    };
    const [row] = await this.db.read(query, params, this.stats);
    return { total: (row?.total as number) ?? 0, rows: (row?.page as PaperModel[]) ?? [] };
  }

  private async lists<T>(query: NamedQuery, ids: readonly string[]): Promise<T[][]> {
    return listByKey<T>(ids, await this.db.read(query, { ids }, this.stats));
  }

  authors(ids: readonly string[]): Promise<AuthorModel[][]> {
    return this.lists(cy.paperAuthors, ids);
  }

  async venues(ids: readonly string[]): Promise<(VenueModel | null)[]> {
    return oneByKey(ids, await this.db.read(cy.paperVenue, { ids }, this.stats), 'item');
  }

  concepts(kind: ConceptKind, ids: readonly string[]): Promise<ConceptModel[][]> {
    return this.lists(cy.paperConcepts[kind], ids);
  }

  /** Each paper's concept links with their provenance, in key order. */
  conceptLinks(ids: readonly string[]): Promise<ConceptLinkModel[][]> {
    return this.lists(cy.paperConceptLinks, ids);
  }

  /** Each review's inclusions with their provenance, in key order. */
  inclusionLinks(ids: readonly string[]): Promise<InclusionLinkModel[][]> {
    return this.lists(cy.paperInclusionLinks, ids);
  }

  findings(ids: readonly string[]): Promise<FindingModel[][]> {
    return this.lists(cy.paperFindings, ids);
  }

  externalTallies(ids: readonly string[]): Promise<ExternalTallyModel[][]> {
    return this.lists(cy.paperExternalTallies, ids);
  }

  includes(ids: readonly string[]): Promise<PaperModel[][]> {
    return this.lists(cy.paperIncludes, ids);
  }

  includedIn(ids: readonly string[]): Promise<PaperModel[][]> {
    return this.lists(cy.paperIncludedIn, ids);
  }
}
