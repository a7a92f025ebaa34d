/**
 * Personal libraries: saved papers, reactions and collections, read in
 * batches by user, paper or collection id, and written one change at a time.
 * Every write names the acting user; collections are only reachable through
 * their owner, so no write can touch another user's library.
 */
import { randomUUID } from 'node:crypto';
import type { Executor, NamedQuery, QueryStats } from '../db/executor.js';
import * as cy from '../db/cypher/library.js';
import type { Page } from '../domain/paging.js';
import { listByKey, oneByKey } from './keyed.js';
import type { PaperModel } from './models.js';

/** A reaction as stored; NONE means no REACTED relationship. */
export type ReactionValue = 'LIKE' | 'DISLIKE' | 'NONE';

/** A signed-in (or referenced) user; only the id is stored. */
export interface UserModel {
  id: string;
}

export interface CollectionModel {
  id: string;
  name: string;
  public: boolean;
  ownerId: string;
}

export interface PaperReactionModel {
  paper: PaperModel;
  reaction: ReactionValue;
  at: string;
}

export interface ViewerStateModel {
  saved: boolean;
  reaction: ReactionValue;
}

/** One page of papers and the size of the whole list. */
export interface PaperPage {
  total: number;
  page: PaperModel[];
}

/** What a collection-membership write found: the collection (null when not the user's) and the paper. */
export interface MembershipResult {
  collection: CollectionModel | null;
  paperFound: boolean;
}

const NO_STATE: ViewerStateModel = { saved: false, reaction: 'NONE' };

export class LibraryRepository {
  constructor(
    private readonly db: Executor,
    private readonly stats: QueryStats,
  ) {}

  /** Saved flag and reaction of `user` for each paper, in key order. */
  async viewerStates(user: string, ids: readonly string[]): Promise<ViewerStateModel[]> {
    const rows = await this.db.read(cy.viewerStates, { user, ids }, this.stats);
    return oneByKey<ViewerStateModel>(ids, rows, 'item').map((s) => s ?? NO_STATE);
  }

  async collections(ids: readonly string[]): Promise<(CollectionModel | null)[]> {
    return oneByKey(ids, await this.db.read(cy.collectionsByIds, { ids }, this.stats), 'item');
  }

  async userCollections(userIds: readonly string[]): Promise<CollectionModel[][]> {
    return listByKey(userIds, await this.db.read(cy.userCollections, { ids: userIds }, this.stats));
  }

  async userReactions(userIds: readonly string[]): Promise<PaperReactionModel[][]> {
    return listByKey(userIds, await this.db.read(cy.userReactions, { ids: userIds }, this.stats));
  }

  /** A page of the papers each user saved, newest first. */
  savedPages(userIds: readonly string[], page: Page): Promise<PaperPage[]> {
    return this.pages(cy.savedPages, userIds, page);
  }

  /** A page of the papers in each collection, in the order they were added. */
  collectionPages(ids: readonly string[], page: Page): Promise<PaperPage[]> {
    return this.pages(cy.collectionPages, ids, page);
  }

  private async pages(query: NamedQuery, ids: readonly string[], page: Page): Promise<PaperPage[]> {
    const params = { ids, offset: page.offset, limit: page.first + 1 };
    const rows = await this.db.read(query, params, this.stats);
    return oneByKey<PaperPage>(ids, rows, 'item').map((p) => p ?? { total: 0, page: [] });
  }

  /** Returns the paper, or null when it does not exist (then nothing is written). */
  savePaper(user: string, paper: string): Promise<PaperModel | null> {
    return this.paperWrite(cy.savePaper, { user, paper });
  }

  unsavePaper(user: string, paper: string): Promise<PaperModel | null> {
    return this.paperWrite(cy.unsavePaper, { user, paper });
  }

  reactToPaper(user: string, paper: string, reaction: ReactionValue): Promise<PaperModel | null> {
    return this.paperWrite(cy.reactToPaper, { user, paper, reaction });
  }

  private async paperWrite(
    query: NamedQuery,
    params: Record<string, unknown>,
  ): Promise<PaperModel | null> {
    const [row] = await this.db.write(query, params, this.stats);
    return (row?.paper as PaperModel | undefined) ?? null;
  }

  async createCollection(user: string, name: string, isPublic: boolean): Promise<CollectionModel> {
    const id = `col-${randomUUID()}`;
    const params = { user, id, name, public: isPublic };
    const [row] = await this.db.write(cy.createCollection, params, this.stats);
    return row?.collection as CollectionModel;
  }

  /** Renames and/or sets visibility (null keeps a value); null when `user` owns no such collection. */
  async updateCollection(
    user: string,
    id: string,
    change: { name?: string | null; public?: boolean | null },
  ): Promise<CollectionModel | null> {
    const params = { user, id, name: change.name ?? null, public: change.public ?? null };
    const [row] = await this.db.write(cy.updateCollection, params, this.stats);
    return (row?.collection as CollectionModel | undefined) ?? null;
  }

  /** True when the user's collection existed and is now gone. */
  async deleteCollection(user: string, id: string): Promise<boolean> {
    const [row] = await this.db.write(cy.deleteCollection, { user, id }, this.stats);
    return ((row?.deleted as number | undefined) ?? 0) > 0;
  }

  async addToCollection(user: string, id: string, paper: string): Promise<MembershipResult> {
    return this.membership(cy.addToCollection, { user, id, paper });
  }

  async removeFromCollection(user: string, id: string, paper: string): Promise<MembershipResult> {
    return this.membership(cy.removeFromCollection, { user, id, paper });
  }

  private async membership(
    query: NamedQuery,
    params: Record<string, unknown>,
  ): Promise<MembershipResult> {
    const [row] = await this.db.write(query, params, this.stats);
    if (!row) return { collection: null, paperFound: false };
    return { collection: row.collection as CollectionModel, paperFound: row.paperFound === true };
  }
}
