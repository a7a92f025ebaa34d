/**
 * DataLoaders, new for every request: each field on a list of parents costs
 * one batched query, so round trips grow with nesting depth, not with rows.
 * Papers fetched by list queries are primed into `paper` so that later
 * lookups by id do not go back to the database.
 */
import DataLoader from 'dataloader';
import type { CitationDirection } from '../db/cypher/citations.js';
import type { Page } from '../domain/paging.js';
import type { CitationFilter, CitationOrder, CitationPage } from '../repositories/citations.js';
import type { Repositories } from '../repositories/index.js';
import type {
  AuthorModel,
  ConceptKind,
  ConceptModel,
  ExternalTallyModel,
  FindingModel,
  PaperModel,
  StatementModel,
  VenueModel,
} from '../repositories/models.js';

export interface Loaders {
  paper: DataLoader<string, PaperModel | null>;
  paperByDoi: DataLoader<string, PaperModel | null>;
  authors: DataLoader<string, AuthorModel[]>;
  venue: DataLoader<string, VenueModel | null>;
  concepts: Record<ConceptKind, DataLoader<string, ConceptModel[]>>;
  findings: DataLoader<string, FindingModel[]>;
  externalTallies: DataLoader<string, ExternalTallyModel[]>;
  includes: DataLoader<string, PaperModel[]>;
  includedIn: DataLoader<string, PaperModel[]>;
  statement: DataLoader<string, StatementModel | null>;
  statementAbout: DataLoader<string, ConceptModel[]>;
  concept: DataLoader<string, ConceptModel | null>;
  conceptChildren: DataLoader<string, ConceptModel[]>;
  /** One loader per distinct (direction, filter, order, page): siblings with equal arguments batch together. */
  citations(
    direction: CitationDirection,
    filter: CitationFilter,
    order: CitationOrder,
    page: Page,
  ): DataLoader<string, CitationPage>;
  /** Remembers papers already fetched by another query. */
  primePapers(papers: Iterable<PaperModel>): void;
}

const list = <T>(fn: (keys: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T>(fn, { maxBatchSize: 1000 });

export function createLoaders(repos: Repositories): Loaders {
  const paper = list((ids) => repos.papers.byIds(ids));
  const citationLoaders = new Map<string, DataLoader<string, CitationPage>>();
  const primePapers = (papers: Iterable<PaperModel>) => {
    for (const p of papers) paper.prime(p.id, p);
  };
  return {
    paper,
    paperByDoi: list((dois) => repos.papers.byDois(dois)),
    authors: list((ids) => repos.papers.authors(ids)),
    venue: list((ids) => repos.papers.venues(ids)),
    concepts: {
      InterventionType: list((ids) => repos.papers.concepts('InterventionType', ids)),
      Outcome: list((ids) => repos.papers.concepts('Outcome', ids)),
      Population: list((ids) => repos.papers.concepts('Population', ids)),
      Setting: list((ids) => repos.papers.concepts('Setting', ids)),
    },
    findings: list((ids) => repos.papers.findings(ids)),
    externalTallies: list((ids) => repos.papers.externalTallies(ids)),
    includes: list(async (ids) => {
      const lists = await repos.papers.includes(ids);
      lists.forEach((l) => primePapers(l));
      return lists;
    }),
    includedIn: list(async (ids) => {
      const lists = await repos.papers.includedIn(ids);
      lists.forEach((l) => primePapers(l));
      return lists;
    }),
    statement: list((ids) => repos.statements.byIds(ids)),
    statementAbout: list((ids) => repos.statements.about(ids)),
    concept: list((ids) => repos.concepts.byIds(ids)),
    conceptChildren: list((ids) => repos.concepts.children(ids)),
    citations(direction, filter, order, page) {
      const key = JSON.stringify([direction, filter, order, page]);
      let loader = citationLoaders.get(key);
      if (!loader) {
        loader = list(async (ids) => {
          const pages = await repos.citations.pages(direction, ids, filter, order, page);
          for (const p of pages) primePapers(p.rows.map((r) => r.paper));
          return pages;
        });
        citationLoaders.set(key, loader);
      }
      return loader;
    },
    primePapers,
  };
}
