/**
 * Curator mutations and the audit trail. Arguments are validated here (every
 * failure is BAD_USER_INPUT naming the field); the repository checks them
 * against the graph and writes in one transaction. Authorization: src/auth/policy.ts.
 */
import type {
  PaperInput,
  Resolvers,
  StatementInput,
  StatementPatch,
} from '../__generated__/resolvers-types.js';
import type { Viewer } from '../domain/viewer.js';
import { viewerIdOf } from '../domain/viewer.js';
import { badInput } from '../domain/errors.js';
import { assertId } from '../domain/ids.js';
import { cleanTerms } from '../domain/concept-terms.js';
import { toConnection, toPage } from '../domain/paging.js';
import type { Actor, PaperFields, StatementPatchFields } from '../repositories/curation.js';
import { confidenceArg, doiArg, idsArg, yearArg } from './args.js';

function actorOf(viewer: Viewer | null): Actor {
  return { id: viewerIdOf(viewer), role: viewer?.role ?? 'reader' };
}

/** A trimmed string of `min`..`max` characters matching `shape`, or undefined when absent. */
function text(
  field: string,
  value: string | null | undefined,
  max: number,
  shape?: RegExp,
): string | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (v.length < 1 || v.length > max || (shape && !shape.test(v))) {
    const what = shape ? `match ${shape}` : `be 1 to ${max} characters`;
    throw badInput(field, `"${field}" must ${what}`);
  }
  return v;
}

function paperFields(input: PaperInput): PaperFields {
  const types = input.publicationTypes;
  if (types && types.length > 50) throw badInput('input.publicationTypes', 'at most 50 types');
  return {
    id: input.id == null ? undefined : assertId('input.id', input.id),
    doi: input.doi == null ? undefined : doiArg('input.doi', input.doi),
    pmid: text('input.pmid', input.pmid, 20, /^\d+$/),
    pmcid: text('input.pmcid', input.pmcid, 20, /^PMC\d+$/),
    openalexId: text('input.openalexId', input.openalexId, 40, /^W\d+$/),
    s2Id: text('input.s2Id', input.s2Id, 40, /^[0-9a-f]{40}$/),
    title: text('input.title', input.title, 1000),
    abstract: text('input.abstract', input.abstract, 20_000),
    year: yearArg('input.year', input.year) ?? undefined,
    publicationDate: text(
      'input.publicationDate',
      input.publicationDate,
      10,
      /^\d{4}(-\d\d){0,2}$/,
    ),
    publicationTypes: types?.map((t) => text('input.publicationTypes', t, 100) as string),
    url: text('input.url', input.url, 2000, /^https?:\/\/\S+$/),
  };
}

function statementInput(input: StatementInput) {
  const citing = assertId('input.citing', input.citing);
  const cited = assertId('input.cited', input.cited);
  if (citing === cited) throw badInput('input.cited', 'a paper cannot cite itself');
  return {
    citing,
    cited,
    text: text('input.text', input.text, 5000) as string,
    section: input.section ?? 'OTHER',
    polarity: input.polarity ?? 'UNCLASSIFIED',
    purpose: input.purpose ?? null,
    confidence: confidenceArg('input.confidence', input.confidence),
    about: [...new Set(idsArg('input.about', input.about) ?? [])],
  };
}

function statementPatch(patch: StatementPatch): StatementPatchFields {
  const fields: StatementPatchFields = {};
  for (const key of ['polarity', 'section'] as const) {
    if (patch[key] === null) throw badInput(`patch.${key}`, `"${key}" cannot be cleared`);
    if (patch[key] !== undefined) fields[key] = patch[key];
  }
  if (patch.purpose !== undefined) fields.purpose = patch.purpose;
  if (patch.confidence !== undefined)
    fields.confidence = confidenceArg('patch.confidence', patch.confidence);
  if (Object.keys(fields).length === 0) throw badInput('patch', 'the patch changes nothing');
  return fields;
}

export const curationResolvers: Resolvers = {
  Query: {
    async changes(_root, { target, first, after }, { repos, config }) {
      const page = toPage('changes', first, after, config.maxPageSize);
      const id = target == null ? null : assertId('target', target);
      const { total, rows } = await repos.curation.changes(id, page);
      return toConnection('changes', page, total, rows, (node, cursor) => ({ node, cursor }));
    },
  },
  Mutation: {
    upsertPaper: (_root, { input }, { viewer, repos }) =>
      repos.curation.upsertPaper(actorOf(viewer), paperFields(input)),
    addCitationStatement: (_root, { input }, { viewer, repos }) =>
      repos.curation.addStatement(actorOf(viewer), statementInput(input)),
    updateStatement: (_root, { id, patch }, { viewer, repos }) =>
      repos.curation.updateStatement(actorOf(viewer), assertId('id', id), statementPatch(patch)),
    tagStatement: (_root, { id, about }, { viewer, repos }) =>
      repos.curation.tagStatement(actorOf(viewer), assertId('id', id), [
        ...new Set(idsArg('about', about) ?? []),
      ]),
    deleteStatement: (_root, { id }, { viewer, repos }) =>
      repos.curation.deleteStatement(actorOf(viewer), assertId('id', id)),
    setConceptSynonyms: (_root, { id, synonyms, instruments }, { viewer, repos }) =>
      repos.curation.setConceptSynonyms(
        actorOf(viewer),
        assertId('id', id),
        cleanTerms('synonyms', synonyms),
        instruments == null ? null : cleanTerms('instruments', instruments),
      ),
    mergePapers(_root, { keep, duplicate }, { viewer, repos }) {
      if (assertId('keep', keep) === assertId('duplicate', duplicate)) {
        throw badInput('duplicate', 'a paper cannot be merged into itself');
      }
      return repos.curation.mergePapers(actorOf(viewer), keep, duplicate);
    },
  },
};
