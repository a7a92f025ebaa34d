/** The evidence map: one repository call per map; cell fields read what it assembled. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { checkEvidenceFilter } from '../domain/evidence/filter.js';
import { lowerIsBetter } from '../domain/evidence/orientation.js';
import { badInput } from '../domain/errors.js';
import type { EvidenceConceptModel } from '../repositories/evidence-models.js';
import { selectsAny } from './lookahead.js';

/** Fields below evidenceMap that show papers (cells.papers, findings.paper, statementList.citing, .cited). */
const PAPER_FIELDS = new Set(['papers', 'paper', 'citing', 'cited']);
/** Fields below evidenceMap that show findings as records (cells.findings, effects.finding). */
const FINDING_FIELDS = new Set(['findings', 'finding']);

function firstArg(first: number | null | undefined, max: number): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput('first', `"first" must be an integer from 0 to ${max}; got ${first}`);
  }
  return size;
}

export const evidenceResolvers: Resolvers = {
  Query: {
    async evidenceMap(
      _p,
      { where, method, rollUp, knappHartung, linkSources },
      { repos, loaders },
      info,
    ) {
      const filter = checkEvidenceFilter(where);
      // Papers and findings are read whole only when a field will show them.
      const wholePapers = selectsAny(info, PAPER_FIELDS);
      const wholeFindings = selectsAny(info, FINDING_FIELDS);
      const map = await repos.evidence.map(
        filter,
        {
          method: method ?? 'REML',
          rollUp: rollUp === true,
          knappHartung: knappHartung === true,
          linkSources: linkSources ?? null,
        },
        { wholePapers, wholeFindings },
      );
      // Cells already hold their papers and concepts: later lookups by id need no query.
      for (const c of [...map.interventions, ...map.outcomes]) loaders.concept.prime(c.id, c);
      if (wholePapers) for (const cell of map.cells) loaders.primePapers(cell.papers);
      return map;
    },
  },
  EvidenceCell: {
    machineTaggedPapers: (cell) => cell.machineTagged,
    papers: (cell, { first }, { config }) =>
      cell.papers.slice(0, firstArg(first, config.maxPageSize)),
    statementList: (cell, { first }, { loaders, config }) =>
      loaders
        .evidenceStatements(cell.rollUp, firstArg(first, config.maxPageSize), cell.linkSources)
        .load(`${cell.intervention.id}|${cell.outcome.id}`),
  },
  Outcome: {
    lowerIsBetter: (c) => lowerIsBetter(c as EvidenceConceptModel),
  },
};
