/**
 * Personal libraries: `me`, `collection`, Paper.viewer and the library
 * mutations. Who may call each field is decided by src/auth/policy.ts, which
 * wraps these resolvers; here the viewer is only the subject of the data.
 */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { viewerIdOf } from '../domain/viewer.js';
import { AppError, badInput, ErrorCode } from '../domain/errors.js';
import { assertId } from '../domain/ids.js';
import { toConnection, toPage } from '../domain/paging.js';
import type { CollectionModel, MembershipResult, PaperPage } from '../repositories/library.js';

const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} does not exist`);

function found<T>(value: T | null, what: string): T {
  if (value === null) throw notFound(what);
  return value;
}

/** A collection name: trimmed, 1 to 200 characters. */
function nameArg(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 200) {
    throw badInput('name', `"name" must be 1 to 200 characters; got ${trimmed.length}`);
  }
  return trimmed;
}

function membership(result: MembershipResult, id: string, paperId: string): CollectionModel {
  const collection = found(result.collection, `collection "${id}"`);
  if (!result.paperFound) throw notFound(`paper "${paperId}"`);
  return collection;
}

const paperEdges = (kind: string, page: { offset: number; first: number }, r: PaperPage) =>
  toConnection(kind, page, r.total, r.page, (node, cursor) => ({ node, cursor }));

export const libraryResolvers: Resolvers = {
  Query: {
    me: (_root, _args, { viewer }) => ({ id: viewerIdOf(viewer) }),
    collection: (_root, { id }, { loaders }) => loaders.collection.load(assertId('id', id)),
  },
  Paper: {
    viewer: (p, _args, { viewer, loaders }) => loaders.viewerState(viewerIdOf(viewer)).load(p.id),
  },
  User: {
    async saved(user, { first, after }, { loaders, config }) {
      const page = toPage('saved', first, after, config.maxPageSize);
      return paperEdges('saved', page, await loaders.savedPapers(page).load(user.id));
    },
    reactions: (user, _args, { loaders }) => loaders.userReactions.load(user.id),
    collections: (user, _args, { loaders }) => loaders.userCollections.load(user.id),
  },
  Collection: {
    owner: (c) => ({ id: c.ownerId }),
    async papers(c, { first, after }, { loaders, config }) {
      const page = toPage('collection', first, after, config.maxPageSize);
      return paperEdges('collection', page, await loaders.collectionPapers(page).load(c.id));
    },
  },
  Mutation: {
    async savePaper(_root, { paperId }, { viewer, repos, loaders }) {
      const user = viewerIdOf(viewer);
      const paper = await repos.library.savePaper(user, assertId('paperId', paperId));
      loaders.viewerState(user).clear(paperId);
      return found(paper, `paper "${paperId}"`);
    },
    async unsavePaper(_root, { paperId }, { viewer, repos, loaders }) {
      const user = viewerIdOf(viewer);
      const paper = await repos.library.unsavePaper(user, assertId('paperId', paperId));
      loaders.viewerState(user).clear(paperId);
      return found(paper, `paper "${paperId}"`);
    },
    async reactToPaper(_root, { paperId, reaction }, { viewer, repos, loaders }) {
      const user = viewerIdOf(viewer);
      const paper = await repos.library.reactToPaper(user, assertId('paperId', paperId), reaction);
      loaders.viewerState(user).clear(paperId);
      return found(paper, `paper "${paperId}"`);
    },
    createCollection: (_root, { name, public: isPublic }, { viewer, repos }) =>
      repos.library.createCollection(viewerIdOf(viewer), nameArg(name), isPublic ?? false),
    async renameCollection(_root, { id, name }, { viewer, repos, loaders }) {
      const change = { name: nameArg(name) };
      loaders.collection.clear(id);
      const c = await repos.library.updateCollection(viewerIdOf(viewer), id, change);
      return found(c, `collection "${id}"`);
    },
    async setCollectionVisibility(_root, { id, public: isPublic }, { viewer, repos, loaders }) {
      loaders.collection.clear(id);
      const c = await repos.library.updateCollection(viewerIdOf(viewer), id, { public: isPublic });
      return found(c, `collection "${id}"`);
    },
    async addToCollection(_root, { collectionId, paperId }, { viewer, repos }) {
      const paper = assertId('paperId', paperId);
      const result = await repos.library.addToCollection(viewerIdOf(viewer), collectionId, paper);
      return membership(result, collectionId, paperId);
    },
    async removeFromCollection(_root, { collectionId, paperId }, { viewer, repos }) {
      const paper = assertId('paperId', paperId);
      const result = await repos.library.removeFromCollection(
        viewerIdOf(viewer),
        collectionId,
        paper,
      );
      return membership(result, collectionId, paperId);
    },
    async deleteCollection(_root, { id }, { viewer, repos, loaders }) {
      loaders.collection.clear(id);
      if (!(await repos.library.deleteCollection(viewerIdOf(viewer), id))) {
        throw notFound(`collection "${id}"`);
      }
      return true;
    },
  },
};
