/** Query.statements and the fields of Statement. */
import { conceptsFrom } from './link-source.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { assertId } from '../domain/ids.js';
import { toConnection, toPage } from '../domain/paging.js';
import { toLuceneQuery } from '../domain/search-text.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import { isOneOf, LABEL_SOURCES, type LabelSource } from '../domain/vocabulary.js';
import { confidenceArg, idsArg, listArg } from './args.js';
import { paperProjection, projection } from './selected-fields.js';
import type { RowProjection } from '../repositories/statements.js';
import type { GraphQLResolveInfo } from 'graphql';

export const statementResolvers: Resolvers = {
  Query: {
    async statements(_parent, { where, search, first, after }, { repos, loaders, config }, info) {
      const page = toPage('statements', first, after, config.maxPageSize);
      const filter = {
        polarity: listArg('where.polarity', where?.polarity),
        section: listArg('where.section', where?.section),
        purpose: listArg('where.purpose', where?.purpose),
        minConfidence: confidenceArg('where.minConfidence', where?.minConfidence),
        citing: where?.citing != null ? assertId('where.citing', where.citing) : null,
        cited: where?.cited != null ? assertId('where.cited', where.cited) : null,
        about: idsArg('where.about', listArg('where.about', where?.about)),
        source: listArg('where.source', where?.source),
        sources: listArg('where.sources', where?.sources),
        polaritySource: listArg('where.polaritySource', where?.polaritySource),
        purposeSource: listArg('where.purposeSource', where?.purposeSource),
      };
      const lucene = search != null ? toLuceneQuery(search, 'search') : null;
      // Only what the selection shows of each statement and of its two papers is read.
      const read = rowProjection(info);
      const { total, rows } = await repos.statements.list(filter, lucene, page, read);
      if (read.paper === null) loaders.primePapers(rows.flatMap((r) => [r.citing, r.cited]));
      return toConnection('statements', page, total, rows, (row, cursor) => ({
        cursor,
        // Papers read in part ride along with their statement instead of into the loader.
        node:
          read.paper === null
            ? row.node
            : { ...row.node, citingPaper: row.citing, citedPaper: row.cited },
        score: row.score,
      }));
    },
  },
  NetworkEdge: {
    modelPolarity: (e, _a, { loaders }) =>
      e.dominantPolarity === null
        ? false
        : loaders.edgeModelPolarity.load(`${e.source}|${e.target}|${e.dominantPolarity}`),
  },
  Statement: {
    citing: async (s, _a, { loaders }) =>
      s.citingPaper ?? mustExist(await loaders.paper.load(s.citingId), s.citingId),
    cited: async (s, _a, { loaders }) =>
      s.citedPaper ?? mustExist(await loaders.paper.load(s.citedId), s.citedId),
    about: async (s, { sources }, { loaders }) =>
      sources
        ? conceptsFrom(await loaders.statementAboutLinks.load(s.id), 'ABOUT', sources)
        : loaders.statementAbout.load(s.id),
    // Null rather than two nulls: a client tests one field to know whether context is known.
    context: (s) =>
      s.contextBefore == null && s.contextAfter == null
        ? null
        : { before: s.contextBefore ?? null, after: s.contextAfter ?? null },
    polaritySource: (s) => heldLabelSource(s, s.polarity !== 'UNCLASSIFIED', s.polaritySource),
    purposeSource: (s) => heldLabelSource(s, s.purpose != null, s.purposeSource),
    classification: (s) => {
      const polarity = s.polaritySource === 'MODEL';
      const purpose = s.purposeSource === 'MODEL';
      if (!polarity && !purpose) return null;
      return {
        rule: polarity ? (s.polarityRule ?? null) : null,
        polarityConfidence: polarity ? (s.confidence ?? null) : null,
        polarityVersion: polarity ? (s.polarityVersion ?? null) : null,
        purposeConfidence: purpose ? (s.purposeConfidence ?? null) : null,
        purposeVersion: purpose ? (s.purposeVersion ?? null) : null,
      };
    },
  },
};

/** What Query.statements' selection reads of each statement and of its citing and cited papers. */
function rowProjection(info: GraphQLResolveInfo): RowProjection {
  const at = (path: string[]) => paperProjection(info.fieldNodes, path, info.fragments);
  const citing = at(['edges', 'node', 'citing']);
  const cited = at(['edges', 'node', 'cited']);
  return {
    statement: projection('Statement', info.fieldNodes, ['edges', 'node'], info.fragments),
    paper: citing === null || cited === null ? null : [...new Set([...citing, ...cited])].sort(),
  };
}

/**
 * Who set a label, as the stored `*Source`; a statement stored before labels said so has a
 * curator's label when a curator made it, else its source's (heldLabelSource in writes.ts).
 */
function heldLabelSource(
  s: { source?: string | null },
  labelled: boolean,
  stored: string | null | undefined,
): LabelSource | null {
  if (isOneOf(LABEL_SOURCES, stored)) return stored;
  if (!labelled) return null;
  return s.source === 'curated' ? 'CURATOR' : 'SOURCE';
}

/** A statement always has both papers; a missing one is a broken invariant, not a client error. */
function mustExist<T>(value: T | null, id: string): T {
  if (value === null)
    throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `statement refers to missing paper ${id}`);
  return value;
}
