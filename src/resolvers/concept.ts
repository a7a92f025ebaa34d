/** The taxonomy: intervention types, outcomes, populations, settings, and the Concept interface. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { ConceptModel } from '../repositories/models.js';
import type { RequestContext } from '../context.js';

const parent = (c: ConceptModel, _a: unknown, { loaders }: RequestContext) =>
  c.parentId ? loaders.concept.load(c.parentId) : null;
const children = (c: ConceptModel, _a: unknown, { loaders }: RequestContext) =>
  loaders.conceptChildren.load(c.id);

// A concept stored without synonyms has none (the property is absent, never empty).
const synonyms = (c: ConceptModel) => c.synonyms ?? [];

export const conceptResolvers: Resolvers = {
  Query: {
    interventionTypes: (_p, _a, { repos }) => repos.concepts.interventionTypes(),
    outcomes: (_p, { domain }, { repos }) => repos.concepts.outcomes(domain ?? null),
    populations: (_p, _a, { repos }) => repos.concepts.populations(),
    settings: (_p, _a, { repos }) => repos.concepts.settings(),
  },
  Concept: {
    // Populations and settings are concepts too (schema/provenance.graphql: ConceptLink.concept).
    __resolveType: (c) =>
      c.kind === 'Outcome' || c.kind === 'Population' || c.kind === 'Setting'
        ? c.kind
        : 'InterventionType',
  },
  InterventionType: { parent, children, synonyms, paperCount: (c) => c.paperCount ?? 0 },
  Outcome: {
    parent,
    children,
    synonyms,
    instruments: (c) => c.instruments ?? [],
    paperCount: (c) => c.paperCount ?? 0,
    domain: (c) => (c.domain ?? 'OTHER') as 'OTHER',
  },
  Population: { synonyms },
  Setting: { synonyms },
};
