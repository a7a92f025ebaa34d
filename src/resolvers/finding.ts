/** Finding: the effect a paper reports, with the concepts it is about. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import type { ConceptModel, PaperModel } from '../repositories/models.js';

function present<T extends ConceptModel | PaperModel>(value: T | null, what: string): T {
  if (!value)
    throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `finding refers to missing ${what}`);
  return value;
}

export const findingResolvers: Resolvers = {
  Finding: {
    paper: async (f, _a, { loaders }) => present(await loaders.paper.load(f.paperId), 'paper'),
    intervention: async (f, _a, { loaders }) =>
      present(await loaders.concept.load(f.interventionId), 'intervention'),
    outcome: async (f, _a, { loaders }) =>
      present(await loaders.concept.load(f.outcomeId), 'outcome'),
    measure: (f) => f.measure as 'SMD',
    direction: (f) => (f.direction ?? null) as 'NO_DIFFERENCE' | null,
    pooled: (f) => f.pooled === true,
  },
};
