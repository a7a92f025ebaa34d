/**
 * What a harvest is asked to do: the seeds, how far to snowball and in which direction,
 * which APIs to ask, the caps and filters, and where its cache lives. The CLI and the
 * startHarvest mutation both build one of these; src/services/harvest.ts checks it.
 */
import type { SourceName } from './sources.js';

/** Which citation links to follow from each work. */
export type Direction = 'references' | 'citations' | 'both';

/** One harvest. */
export interface HarvestOptions {
  /** Seed DOIs (normalised). */
  dois: string[];
  /** Seeds from a file: the identifiers of its records (a DOI list, BibTeX, RIS, CSL-JSON). */
  seedRefs?: { doi?: string; pmid?: string; pmcid?: string; openalexId?: string }[];
  /** An OpenAlex search whose first `queryLimit` works are seeds. */
  query?: string;
  queryLimit?: number;
  depth: 0 | 1 | 2;
  direction: Direction;
  sources: SourceName[];
  fulltext: boolean;
  maxPapers: number;
  yearFrom?: number;
  yearTo?: number;
  dryRun: boolean;
  cacheDir: string;
  offline: boolean;
}

/** The defaults the CLI and the API share. */
export const HARVEST_DEFAULTS = {
  depth: 1,
  direction: 'both',
  maxPapers: 2000,
  queryLimit: 25,
} as const;

/** The seven phases a harvest reports progress in, in order. */
export const PHASES = [
  'seeds',
  'metadata',
  'references',
  'citations',
  'contexts',
  'fulltexts',
  'writes',
] as const;

/** One phase. */
export type Phase = (typeof PHASES)[number];

/** Progress callbacks: a phase starts with a total, then reports items done. */
export interface HarvestProgress {
  phase(phase: Phase, total: number): void;
  tick(done: number): void;
}
