/**
 * `evidence-graph harvest`: builds a research graph from seeds (--doi, --from, --query)
 * through OpenAlex, Semantic Scholar, Crossref and Europe PMC (src/harvest, run by
 * src/services/harvest.ts), writing through the import path. Exit codes as import has
 * them: 0 done, 1 failed, 2 usage error, 3 a source kept failing (the others went on;
 * each failure is listed by source and reason) or the import rejected records.
 */
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import { isSourceName, SOURCES, type SourceName } from '../harvest/sources.js';
import type { HarvestProgress, Phase } from '../harvest/options.js';
import {
  defaultCacheDir,
  checkHarvest,
  HARVEST_DEFAULTS,
  HarvestInputError,
  runHarvest,
  seedDois,
  seedsFromFile,
  type HarvestOptions,
  type HarvestSummary,
} from '../services/harvest.js';
import { progressBar, type Progress } from './progress.js';
import { UsageError } from './usage.js';

/** The options of `harvest`, as the parser (src/cli/program.ts) reads them. */
export interface HarvestCliOptions {
  doi?: string[];
  from?: string;
  query?: string;
  queryLimit?: number;
  depth: number;
  direction: HarvestOptions['direction'];
  sources?: string;
  fulltext?: boolean;
  maxPapers: number;
  yearFrom?: number;
  yearTo?: number;
  dryRun?: boolean;
  json?: boolean;
  cacheDir?: string;
  offline?: boolean;
}

function sourcesOf(list: string | undefined): SourceName[] {
  if (list === undefined) return [...SOURCES];
  const names = list.split(',').map((s) => s.trim().toLowerCase());
  const bad = names.find((n) => !isSourceName(n));
  if (bad !== undefined)
    throw new UsageError(`--sources must name some of ${SOURCES.join(', ')}; got "${bad}"`);
  return [...new Set(names)] as SourceName[];
}

/** One bar per phase, on stderr, replaced when the next phase starts. */
function phaseBars(quiet: boolean): HarvestProgress & { stop(): void } {
  let bar: Progress | null = null;
  return {
    phase(phase: Phase, total: number) {
      bar?.stop();
      bar = progressBar(quiet, { doing: phase.padEnd(10), unit: 'items' });
      bar.start(total);
    },
    tick: (done) => bar?.update(done),
    stop: () => bar?.stop(),
  };
}

function describe(s: HarvestSummary): string {
  const what = s.dryRun ? 'would harvest' : 'harvested';
  const requests = SOURCES.map((n) => `${n} ${s.requests[n]}`).join(', ');
  return [
    `${what}: ${s.seeds} seeds, ${s.reached} works reached, ${s.fullTexts} full texts in ${s.seconds} s`,
    `graph gained ${s.papers} papers, ${s.citations} citations, ${s.statements} statements; rejected ${s.rejects}`,
    `requests: ${requests}; cache hits ${s.cacheHits}; retries ${s.retries}` +
      (s.resumedWrites > 0 ? `; ${s.resumedWrites} writes already made by an interrupted run` : ''),
  ].join('\n');
}

/** Runs the harvest command; returns its exit code. */
export async function harvestCommand(cli: HarvestCliOptions): Promise<number> {
  const config = loadConfig(process.env);
  let options: HarvestOptions;
  try {
    options = checkHarvest({
      dois: seedDois(cli.doi ?? [], '--doi'),
      seedRefs: cli.from === undefined ? undefined : await seedsFromFile(cli.from),
      query: cli.query,
      queryLimit: cli.queryLimit ?? HARVEST_DEFAULTS.queryLimit,
      depth: cli.depth as HarvestOptions['depth'],
      direction: cli.direction,
      sources: sourcesOf(cli.sources),
      fulltext: cli.fulltext ?? false,
      maxPapers: cli.maxPapers,
      yearFrom: cli.yearFrom,
      yearTo: cli.yearTo,
      dryRun: cli.dryRun ?? false,
      cacheDir: cli.cacheDir ?? defaultCacheDir(config),
      offline: cli.offline ?? false,
    });
  } catch (err) {
    if (err instanceof HarvestInputError) throw new UsageError(err.message);
    throw err;
  }
  const json = cli.json ?? false;
  const env = { ...process.env, QUERY_TIMEOUT_MS: process.env.IMPORT_TIMEOUT_MS ?? '600000' };
  const log = (line: string) => {
    if (!json) console.error(line);
  };
  const database = await connectDatabase(loadConfig(env), { reuseRunning: true, log });
  const bars = phaseBars(json);
  try {
    await applySchema(database.db);
    const summary = await runHarvest(database.db, config, options, { progress: bars });
    bars.stop();
    if (json) console.log(JSON.stringify(summary));
    else console.log(describe(summary));
    for (const f of summary.failures) console.error(`error: ${f.source} failed: ${f.reason}`);
    return summary.failures.length > 0 || summary.rejects > 0 ? 3 : 0;
  } finally {
    bars.stop();
    await database.close();
  }
}
