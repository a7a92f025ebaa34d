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
import type { PaperWithTallies } from '../repositories/papers.js';
import type {
  CollectionModel,
  PaperPage,
  PaperReactionModel,
  ViewerStateModel,
} from '../repositories/library.js';
import type { RelatedPaperModel, YearTallyModel } from '../repositories/network/models.js';
import type {
  AuthorModel,
  ConceptKind,
  ConceptLinkModel,
  ConceptModel,
  ExternalTallyModel,
  FindingModel,
  InclusionLinkModel,
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
  /** A paper's concept links / a review's inclusions / a statement's ABOUT links, with provenance. */
  conceptLinks: DataLoader<string, ConceptLinkModel[]>;
  inclusionLinks: DataLoader<string, InclusionLinkModel[]>;
  statementAboutLinks: DataLoader<string, ConceptLinkModel[]>;
  findings: DataLoader<string, FindingModel[]>;
  externalTallies: DataLoader<string, ExternalTallyModel[]>;
  includes: DataLoader<string, PaperModel[]>;
  includedIn: DataLoader<string, PaperModel[]>;
  statement: DataLoader<string, StatementModel | null>;
  statementAbout: DataLoader<string, ConceptModel[]>;
  /** Keys `citing|cited|polarity`: true when that polarity of the citation is model-made only. */
  edgeModelPolarity: DataLoader<string, boolean>;
  concept: DataLoader<string, ConceptModel | null>;
  conceptChildren: DataLoader<string, ConceptModel[]>;
  /** One loader per distinct (direction, filter, order, page): siblings with equal arguments batch together. */
  citations(
    direction: CitationDirection,
    filter: CitationFilter,
    order: CitationOrder,
    page: Page,
  ): DataLoader<string, CitationPage>;
  /** Papers co-cited with / coupled to each paper, one loader per `first` (network.graphql). */
  related(kind: 'coCited' | 'coupled', first: number): DataLoader<string, RelatedPaperModel[]>;
  citationsByYear: DataLoader<string, YearTallyModel[]>;
  /** Statements about both concepts of a cell, keyed "interventionId|outcomeId"; one loader per (rollUp, first). */
  evidenceStatements(
    rollUp: boolean,
    first: number,
    linkSources?: readonly string[] | null,
  ): DataLoader<string, StatementModel[]>;
  /** Remembers papers already fetched by another query. */
  primePapers(papers: Iterable<PaperModel>): void;
  /** Saved flag and reaction of user `userId` per paper id (library.graphql). */
  viewerState(userId: string): DataLoader<string, ViewerStateModel>;
  collection: DataLoader<string, CollectionModel | null>;
  /** A user's collections, by user id. */
  userCollections: DataLoader<string, CollectionModel[]>;
  userReactions: DataLoader<string, PaperReactionModel[]>;
  /** Pages of saved papers by user id / of collection papers by collection id, one loader per page. */
  savedPapers(page: Page): DataLoader<string, PaperPage>;
  collectionPapers(page: Page): DataLoader<string, PaperPage>;
}

const list = <T>(fn: (keys: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T>(fn, { maxBatchSize: 1000 });

export function createLoaders(repos: Repositories): Loaders {
  const externalTallies = list((ids: readonly string[]) => repos.papers.externalTallies(ids));
  /** Paper lookups bring each paper's tallies along; keep them for Paper.externalTallies. */
  const keepTallies = (found: (PaperWithTallies | null)[]) =>
    found.map((f) => {
      if (!f) return null;
      externalTallies.prime(f.paper.id, f.tallies);
      return f.paper;
    });
  const paper = list(async (ids) => keepTallies(await repos.papers.byIds(ids)));
  const citationLoaders = new Map<string, DataLoader<string, CitationPage>>();
  const evidenceLoaders = new Map<string, DataLoader<string, StatementModel[]>>();
  const relatedLoaders = new Map<string, DataLoader<string, RelatedPaperModel[]>>();
  const keyed = new Map<string, DataLoader<string, never>>();
  /** One loader per key (user, page), created on first use within the request. */
  const keyedLoader = <T>(key: string, fn: (ids: readonly string[]) => Promise<T[]>) => {
    if (!keyed.has(key)) keyed.set(key, list(fn) as unknown as DataLoader<string, never>);
    return keyed.get(key) as unknown as DataLoader<string, T>;
  };
  const paperPages = (kind: 'saved' | 'collection', page: Page) =>
    keyedLoader(`${kind}:${page.offset}:${page.first}`, async (ids) => {
      const pages = await (kind === 'saved'
        ? repos.library.savedPages(ids, page)
        : repos.library.collectionPages(ids, page));
      for (const p of pages) primePapers(p.page);
      return pages;
    });
  const primePapers = (papers: Iterable<PaperModel>) => {
    for (const p of papers) paper.prime(p.id, p);
  };
  return {
    paper,
    paperByDoi: list(async (dois) => {
      const papers = keepTallies(await repos.papers.byDois(dois));
      for (const p of papers) if (p) paper.prime(p.id, p);
      return papers;
    }),
    authors: list((ids) => repos.papers.authors(ids)),
    venue: list((ids) => repos.papers.venues(ids)),
    concepts: {
      InterventionType: list((ids) => repos.papers.concepts('InterventionType', ids)),
      Outcome: list((ids) => repos.papers.concepts('Outcome', ids)),
      Population: list((ids) => repos.papers.concepts('Population', ids)),
      Setting: list((ids) => repos.papers.concepts('Setting', ids)),
    },
    conceptLinks: list((ids) => repos.papers.conceptLinks(ids)),
    inclusionLinks: list(async (ids) => {
      const lists = await repos.papers.inclusionLinks(ids);
      lists.forEach((l) => primePapers(l.map((link) => link.study)));
      return lists;
    }),
    statementAboutLinks: list((ids) => repos.statements.aboutLinks(ids)),
    edgeModelPolarity: list((keys) => repos.statements.edgeModelPolarity(keys)),
    findings: list((ids) => repos.papers.findings(ids)),
    externalTallies,
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
    related(kind, first) {
      const key = `${kind}:${first}`;
      let loader = relatedLoaders.get(key);
      if (!loader) {
        loader = list(async (ids) => {
          const lists = await repos.related[kind](ids, first);
          lists.forEach((l) => primePapers(l.map((r) => r.paper)));
          return lists;
        });
        relatedLoaders.set(key, loader);
      }
      return loader;
    },
    citationsByYear: list((ids) => repos.related.citationsByYear(ids)),
    evidenceStatements(rollUp, first, linkSources = null) {
      const key = `${rollUp}|${first}|${linkSources?.join(',') ?? '*'}`;
      let loader = evidenceLoaders.get(key);
      if (!loader) {
        loader = list((keys) =>
          repos.evidence.statementLists(
            keys.map((k) => {
              const [interventionId = '', outcomeId = ''] = k.split('|');
              return { interventionId, outcomeId };
            }),
            rollUp,
            first,
            linkSources,
          ),
        );
        evidenceLoaders.set(key, loader);
      }
      return loader;
    },
    primePapers,
    viewerState: (userId) =>
      keyedLoader(`viewer:${userId}`, (ids) => repos.library.viewerStates(userId, ids)),
    collection: list((ids) => repos.library.collections(ids)),
    userCollections: list((ids) => repos.library.userCollections(ids)),
    userReactions: list(async (ids) => {
      const lists = await repos.library.userReactions(ids);
      lists.forEach((l) => primePapers(l.map((r) => r.paper)));
      return lists;
    }),
    savedPapers: (page) => paperPages('saved', page),
    collectionPapers: (page) => paperPages('collection', page),
  };
}
