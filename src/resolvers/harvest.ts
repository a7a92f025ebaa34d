/**
 * Mutation.startHarvest and Query.harvestJob (curators only, src/auth/policy.ts): the
 * resolver checks the input and shapes the job; the harvest itself runs in the service's
 * queue (src/services/harvest-jobs.ts) through the same code as `evidence-graph harvest`.
 */
import type { HarvestInput, Resolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../domain/errors.js';
import { harvestQueue, type HarvestJobState } from '../services/harvest-jobs.js';
import {
  asBadInput,
  checkHarvest,
  defaultCacheDir,
  HARVEST_DEFAULTS,
  seedDois,
  type HarvestOptions,
} from '../services/harvest.js';
import type { RequestContext } from '../context.js';
import { SOURCES } from '../harvest/sources.js';

/** The API's cap on --max-papers: a request-started harvest stays modest. */
const MAX_PAPERS = 10_000;

function options(input: HarvestInput, ctx: RequestContext): HarvestOptions {
  const depth = input.depth ?? HARVEST_DEFAULTS.depth;
  if (!Number.isInteger(depth) || depth < 0 || depth > 2)
    throw badInput('depth', `depth must be 0, 1 or 2; got ${depth}`);
  const maxPapers = input.maxPapers ?? HARVEST_DEFAULTS.maxPapers;
  if (maxPapers < 1 || maxPapers > MAX_PAPERS)
    throw badInput('maxPapers', `maxPapers must be from 1 to ${MAX_PAPERS}; got ${maxPapers}`);
  if (input.dois.length === 0) throw badInput('dois', 'give at least one DOI');
  return checkHarvest({
    dois: seedDois(input.dois, 'dois'),
    depth: depth as HarvestOptions['depth'],
    direction: (input.direction?.toLowerCase() ??
      HARVEST_DEFAULTS.direction) as HarvestOptions['direction'],
    sources: input.sources?.map((s) => s.toLowerCase() as HarvestOptions['sources'][number]) ?? [
      ...SOURCES,
    ],
    fulltext: input.fulltext ?? false,
    maxPapers,
    yearFrom: input.yearFrom ?? undefined,
    yearTo: input.yearTo ?? undefined,
    dryRun: input.dryRun ?? false,
    cacheDir: defaultCacheDir(ctx.config),
    offline: input.offline ?? false,
  });
}

function view(job: HarvestJobState) {
  return {
    ...job,
    done: job.status === 'DONE' || job.status === 'FAILED',
    failed: job.status === 'FAILED',
  };
}

export const harvestResolvers: Resolvers = {
  Query: {
    harvestJob(_root, { id }) {
      const job = harvestQueue.get(id);
      return job ? view(job) : null;
    },
  },
  Mutation: {
    startHarvest(_root, { input }, ctx) {
      let checked: HarvestOptions;
      try {
        checked = options(input, ctx);
      } catch (err) {
        throw asBadInput(err);
      }
      return view(harvestQueue.start(ctx.db, ctx.config, checked));
    },
  },
};
