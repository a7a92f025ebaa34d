/**
 * DataLoaders, new for every request: each field on a list of parents costs
 * one batched query, so round trips grow with nesting depth, not with rows.
 * Papers fetched by list queries are primed into `paper` so that later
 * lookups by id do not go back to the database. Each loader is made on first use: a
 * request reads two or three of the thirty, and building all of them was most of the
 * context's cost per request.
 */
import DataLoader from 'dataloader';
import type { CitationDirection } from '../db/cypher/citations.js';
import type { Page } from '../domain/paging.js';
import type { CitationFilter, CitationOrder, CitationPage } from '../repositories/citations.js';
import type { Repositories } from '../repositories/index.js';
import type { PaperWithTallies } from '../repositories/papers.js';
import type { Prefetch } from '../repositories/paper-lookup.js';
import type { LookupBy } from '../db/cypher/paper-lookup.js';
import type { RelatedKind } from '../db/cypher/network/related.js';
import { projectionKey, type PaperProjection, type Projection } from '../db/cypher/projection.js';
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
  /**
   * One loader per distinct (direction, filter, order, page, projection): siblings with equal
   * arguments batch together. Pages of papers read whole are remembered by `paper`.
   */
  citations(
    direction: CitationDirection,
    filter: CitationFilter,
    order: CitationOrder,
    page: Page,
    fields?: PaperProjection,
    statements?: Projection,
  ): DataLoader<string, CitationPage>;
  /** Papers co-cited with / coupled to each paper, one loader per (`first`, projection) (network.graphql). */
  related(
    kind: RelatedKind,
    first: number,
    fields?: PaperProjection,
  ): DataLoader<string, RelatedPaperModel[]>;
  /**
   * Papers by id or DOI projected as `fields`, with what `prefetch` names read in the same
   * query and primed into its own loader (citations / related), so the child field needs no
   * round trip. Papers read whole are remembered by `paper` (and `paperByDoi`); their
   * external tallies are read (and primed) only with `tallies`, or when read whole.
   */
  paperLookup(
    by: LookupBy,
    fields: PaperProjection,
    prefetch: Prefetch | null,
    tallies: boolean,
  ): DataLoader<string, PaperModel | null>;
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

type Loader<T> = DataLoader<string, T>;

/** The loaders of one request, each made on first read (getters on the prototype). */
class RequestLoaders implements Loaders {
  readonly #repos: Repositories;
  /** Loaders made so far, by name or by name and arguments. */
  readonly #made = new Map<string, Loader<unknown>>();

  constructor(repos: Repositories) {
    this.#repos = repos;
  }

  /** The loader under `key`, made by `fn` on first use. */
  #get<T>(key: string, fn: (keys: readonly string[]) => Promise<T[]>): Loader<T> {
    let loader = this.#made.get(key) as Loader<T> | undefined;
    if (!loader) {
      loader = list(fn);
      this.#made.set(key, loader as Loader<unknown>);
    }
    return loader;
  }

  /** Paper lookups bring each paper's tallies along; keep them for Paper.externalTallies. */
  #keepTallies(found: (PaperWithTallies | null)[]): (PaperModel | null)[] {
    return found.map((f) => {
      if (!f) return null;
      this.externalTallies.prime(f.paper.id, f.tallies);
      return f.paper;
    });
  }

  #paperPages(kind: 'saved' | 'collection', page: Page): Loader<PaperPage> {
    return this.#get(`${kind}:${page.offset}:${page.first}`, async (ids) => {
      const pages = await (kind === 'saved'
        ? this.#repos.library.savedPages(ids, page)
        : this.#repos.library.collectionPages(ids, page));
      for (const p of pages) this.primePapers(p.page);
      return pages;
    });
  }

  /** Lists whose papers are remembered for later lookups by id. */
  #priming<T>(
    key: string,
    fn: (ids: readonly string[]) => Promise<T[][]>,
    paperOf: (t: T) => PaperModel,
  ): Loader<T[]> {
    return this.#get(key, async (ids) => {
      const lists = await fn(ids);
      for (const l of lists) for (const t of l) this.paper.prime(paperOf(t).id, paperOf(t));
      return lists;
    });
  }

  get paper(): Loader<PaperModel | null> {
    return this.#get('paper', async (ids) =>
      this.#keepTallies(await this.#repos.papers.byIds(ids)),
    );
  }
  get paperByDoi(): Loader<PaperModel | null> {
    return this.#get('paperByDoi', async (dois) => {
      const papers = this.#keepTallies(await this.#repos.papers.byDois(dois));
      for (const p of papers) if (p) this.paper.prime(p.id, p);
      return papers;
    });
  }
  get authors(): Loader<AuthorModel[]> {
    return this.#get('authors', (ids) => this.#repos.papers.authors(ids));
  }
  get venue(): Loader<VenueModel | null> {
    return this.#get('venue', (ids) => this.#repos.papers.venues(ids));
  }
  get concepts(): Record<ConceptKind, Loader<ConceptModel[]>> {
    const of = (kind: ConceptKind) =>
      this.#get(`concepts:${kind}`, (ids) => this.#repos.papers.concepts(kind, ids));
    return {
      get InterventionType() {
        return of('InterventionType');
      },
      get Outcome() {
        return of('Outcome');
      },
      get Population() {
        return of('Population');
      },
      get Setting() {
        return of('Setting');
      },
    };
  }
  get conceptLinks(): Loader<ConceptLinkModel[]> {
    return this.#get('conceptLinks', (ids) => this.#repos.papers.conceptLinks(ids));
  }
  get inclusionLinks(): Loader<InclusionLinkModel[]> {
    return this.#priming(
      'inclusionLinks',
      (ids) => this.#repos.papers.inclusionLinks(ids),
      (l) => l.study,
    );
  }
  get statementAboutLinks(): Loader<ConceptLinkModel[]> {
    return this.#get('statementAboutLinks', (ids) => this.#repos.statements.aboutLinks(ids));
  }
  get edgeModelPolarity(): Loader<boolean> {
    return this.#get('edgeModelPolarity', (keys) => this.#repos.statements.edgeModelPolarity(keys));
  }
  get findings(): Loader<FindingModel[]> {
    return this.#get('findings', (ids) => this.#repos.papers.findings(ids));
  }
  get externalTallies(): Loader<ExternalTallyModel[]> {
    return this.#get('externalTallies', (ids) => this.#repos.papers.externalTallies(ids));
  }
  get includes(): Loader<PaperModel[]> {
    return this.#priming(
      'includes',
      (ids) => this.#repos.papers.includes(ids),
      (p) => p,
    );
  }
  get includedIn(): Loader<PaperModel[]> {
    return this.#priming(
      'includedIn',
      (ids) => this.#repos.papers.includedIn(ids),
      (p) => p,
    );
  }
  get statement(): Loader<StatementModel | null> {
    return this.#get('statement', (ids) => this.#repos.statements.byIds(ids));
  }
  get statementAbout(): Loader<ConceptModel[]> {
    return this.#get('statementAbout', (ids) => this.#repos.statements.about(ids));
  }
  get concept(): Loader<ConceptModel | null> {
    return this.#get('concept', (ids) => this.#repos.concepts.byIds(ids));
  }
  get conceptChildren(): Loader<ConceptModel[]> {
    return this.#get('conceptChildren', (ids) => this.#repos.concepts.children(ids));
  }
  citations(
    direction: CitationDirection,
    filter: CitationFilter,
    order: CitationOrder,
    page: Page,
    fields: PaperProjection = null,
    statements: Projection = null,
  ): Loader<CitationPage> {
    const key = `citations:${JSON.stringify([direction, filter, order, page, fields, statements])}`;
    return this.#get(key, async (ids) => {
      const pages = await this.#repos.citations.pages(
        direction,
        ids,
        filter,
        order,
        page,
        fields,
        statements,
      );
      if (fields === null) for (const p of pages) this.primePapers(p.rows.map((r) => r.paper));
      return pages;
    });
  }
  related(
    kind: RelatedKind,
    first: number,
    fields: PaperProjection = null,
  ): Loader<RelatedPaperModel[]> {
    const key = `related:${kind}:${first}:${projectionKey(fields)}`;
    const read = (ids: readonly string[]) => this.#repos.related.list(kind, ids, first, fields);
    // Papers read in part are not remembered: a later lookup by id may need more of them.
    return fields === null ? this.#priming(key, read, (r) => r.paper) : this.#get(key, read);
  }
  paperLookup(
    by: LookupBy,
    fields: PaperProjection,
    prefetch: Prefetch | null,
    tallies: boolean,
  ): Loader<PaperModel | null> {
    // A paper read whole is primed, and Paper.externalTallies of it may be asked anywhere.
    const withTallies = tallies || fields === null;
    const key = `lookup:${JSON.stringify([by, fields, prefetch, withTallies])}`;
    return this.#get(key, async (keys) => {
      const found = await this.#repos.papers.lookup(by, keys, fields, prefetch, withTallies);
      return found.map((f, i) => {
        if (!f) return null;
        if (f.tallies) this.externalTallies.prime(f.paper.id, f.tallies);
        if (fields === null) {
          this.paper.prime(f.paper.id, f.paper);
          if (by === 'doi') this.paperByDoi.prime(keys[i]!, f.paper);
        }
        if (prefetch?.kind === 'citations' && f.page) {
          const { direction, filter, order, page } = prefetch;
          this.citations(
            direction,
            filter,
            order,
            page,
            prefetch.fields,
            prefetch.statements,
          ).prime(f.paper.id, f.page);
          if (prefetch.fields === null) this.primePapers(f.page.rows.map((r) => r.paper));
        } else if (prefetch?.kind === 'related' && f.related) {
          this.related(prefetch.related, prefetch.first, prefetch.fields).prime(
            f.paper.id,
            f.related,
          );
          if (prefetch.fields === null) this.primePapers(f.related.map((r) => r.paper));
        }
        return f.paper;
      });
    });
  }
  get citationsByYear(): Loader<YearTallyModel[]> {
    return this.#get('citationsByYear', (ids) => this.#repos.related.citationsByYear(ids));
  }
  evidenceStatements(
    rollUp: boolean,
    first: number,
    linkSources: readonly string[] | null = null,
  ): Loader<StatementModel[]> {
    const key = `evidence:${rollUp}|${first}|${linkSources?.join(',') ?? '*'}`;
    return this.#get(key, (keys) =>
      this.#repos.evidence.statementLists(
        keys.map((k) => {
          const [interventionId = '', outcomeId = ''] = k.split('|');
          return { interventionId, outcomeId };
        }),
        rollUp,
        first,
        linkSources,
      ),
    );
  }
  primePapers(papers: Iterable<PaperModel>): void {
    const paper = this.paper;
    for (const p of papers) paper.prime(p.id, p);
  }
  viewerState(userId: string): Loader<ViewerStateModel> {
    return this.#get(`viewer:${userId}`, (ids) => this.#repos.library.viewerStates(userId, ids));
  }
  get collection(): Loader<CollectionModel | null> {
    return this.#get('collection', (ids) => this.#repos.library.collections(ids));
  }
  get userCollections(): Loader<CollectionModel[]> {
    return this.#get('userCollections', (ids) => this.#repos.library.userCollections(ids));
  }
  get userReactions(): Loader<PaperReactionModel[]> {
    return this.#priming(
      'userReactions',
      (ids) => this.#repos.library.userReactions(ids),
      (r) => r.paper,
    );
  }
  savedPapers(page: Page): Loader<PaperPage> {
    return this.#paperPages('saved', page);
  }
  collectionPapers(page: Page): Loader<PaperPage> {
    return this.#paperPages('collection', page);
  }
}

export function createLoaders(repos: Repositories): Loaders {
  return new RequestLoaders(repos);
}
