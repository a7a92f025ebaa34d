/**
 * Harvesting (evidence-graph harvest, Mutation.startHarvest): checks a harvest's options
 * and seeds, reads seeds from a file (a DOI list, or BibTeX, RIS or CSL-JSON through the
 * import parsers), and runs src/harvest on a database. The CLI and the job queue
 * (harvest-jobs.ts) both call runHarvest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { normaliseDoi } from '../domain/doi.js';
import { badInput } from '../domain/errors.js';
import type { Rejection } from '../domain/import-format.js';
import { harvest, type HarvestSummary } from '../harvest/run.js';
import type { HarvestOptions, HarvestProgress } from '../harvest/options.js';
import type { HttpOptions } from '../harvest/http.js';
import { detectFormat, parse, ParseError } from '../importers/parsers/index.js';

export { HARVEST_DEFAULTS, PHASES, type Phase } from '../harvest/options.js';
export type { HarvestOptions, HarvestSummary };

/** A bad seed or option: the field at fault and why (a usage error on the CLI). */
export class HarvestInputError extends Error {
  override readonly name = 'HarvestInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The normalised DOIs of `values`; a value that is no DOI is refused by name. */
export function seedDois(values: string[], field = 'doi'): string[] {
  return values.map((v) => {
    const doi = normaliseDoi(v);
    if (doi === null) throw new HarvestInputError(field, `${field}: "${v}" is not a DOI`);
    return doi;
  });
}

/**
 * The seeds of a file: one DOI per line (blank lines and # comments skipped), or the
 * records of a BibTeX, RIS or CSL-JSON file with a DOI, PMID or PMCID.
 */
export async function seedsFromFile(file: string): Promise<HarvestOptions['seedRefs']> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new HarvestInputError('from', `--from ${file}: cannot read the file (${err.code})`);
  });
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length > 0 && lines.every((l) => normaliseDoi(l) !== null))
    return lines.map((l) => ({ doi: normaliseDoi(l) as string }));
  try {
    const format = detectFormat(path.basename(file), text);
    if (!['bibtex', 'ris', 'csl-json'].includes(format))
      throw new HarvestInputError(
        'from',
        `--from ${file}: expected one DOI per line, BibTeX, RIS or CSL-JSON; this looks like ${format}`,
      );
    const refs = parse(format, text, { file }).batch.papers.flatMap((p) => {
      const ref = { doi: p.doi, pmid: p.pmid, pmcid: p.pmcid };
      return ref.doi || ref.pmid || ref.pmcid ? [JSON.parse(JSON.stringify(ref))] : [];
    });
    if (refs.length === 0)
      throw new HarvestInputError('from', `--from ${file}: no record has a DOI, PMID or PMCID`);
    return refs;
  } catch (err) {
    if (err instanceof ParseError) throw new HarvestInputError('from', err.message);
    throw err;
  }
}

/** Checks what the options must hold together; throws HarvestInputError. */
export function checkHarvest(o: HarvestOptions): HarvestOptions {
  if (o.dois.length === 0 && (o.seedRefs ?? []).length === 0 && o.query === undefined)
    throw new HarvestInputError('doi', 'give at least one seed: --doi, --from or --query');
  if (o.sources.length === 0) throw new HarvestInputError('sources', 'name at least one source');
  if (o.yearFrom !== undefined && o.yearTo !== undefined && o.yearFrom > o.yearTo)
    throw new HarvestInputError(
      'yearFrom',
      `--year-from ${o.yearFrom} is after --year-to ${o.yearTo}`,
    );
  if (o.query !== undefined && !o.sources.includes('openalex'))
    throw new HarvestInputError('query', '--query searches OpenAlex; add openalex to --sources');
  return o;
}

/** The default cache folder: under DATA_DIR, so it travels with the store. */
export function defaultCacheDir(config: Config): string {
  return path.join(config.embedded.dataDir, 'harvest-cache');
}

/** What names the database a harvest writes to, for its journal. */
export function targetOf(config: Config): string {
  return config.neo4j.uri ?? `embedded:${path.resolve(config.embedded.dataDir)}`;
}

/** Runs a checked harvest on `db`. */
export function runHarvest(
  db: Executor,
  config: Config,
  options: HarvestOptions,
  hooks: {
    progress?: HarvestProgress;
    http?: HttpOptions;
    batchSize?: number;
    onRejects?: (r: Rejection[]) => void | Promise<void>;
  } = {},
): Promise<HarvestSummary> {
  return harvest(checkHarvest(options), {
    db,
    config: config.harvest,
    target: targetOf(config),
    ...hooks,
  });
}

/** A HarvestInputError as the API's BAD_USER_INPUT on its field. */
export function asBadInput(err: unknown): unknown {
  return err instanceof HarvestInputError ? badInput(err.field, err.message) : err;
}
