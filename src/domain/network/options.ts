/**
 * Validation of citation-network requests, shared by the GraphQL API, the HTTP export and the
 * CLI so that all three accept exactly the same values. Every failure is BAD_USER_INPUT naming
 * the argument at fault.
 */
import { normaliseDoi } from '../doi.js';
import { badInput } from '../errors.js';
import { isValidId } from '../ids.js';
import { POLARITIES, SECTIONS, type Polarity, type Section } from '../vocabulary.js';

/** Which CITES edges a traversal follows from a paper. */
export type Direction = 'IN' | 'OUT' | 'BOTH';

/** Bounds of a network request. */
export const NETWORK_LIMITS = {
  maxDepth: 3,
  defaultLimit: 200,
  maxLimit: 2000,
  maxSeeds: 100,
  maxHops: 6,
} as const;

/** Statement and year filters of a network, validated. */
export interface NetworkFilter {
  polarity: Polarity[] | null;
  section: Section[] | null;
  minConfidence: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  about: string[] | null;
}

/** Seeds split by kind: graph ids and normalised DOIs. */
export interface PaperRefs {
  ids: string[];
  dois: string[];
}

/** A validated network request. */
export interface NetworkRequest {
  seeds: PaperRefs;
  depth: number;
  direction: Direction;
  filter: NetworkFilter;
  limit: number;
}

/** Raw request values, as GraphQL arguments, query-string or CLI flags give them. */
export interface NetworkInput {
  seeds: readonly string[];
  depth?: number | null;
  direction?: string | null;
  polarity?: readonly string[] | null;
  section?: readonly string[] | null;
  minConfidence?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  about?: readonly string[] | null;
  limit?: number | null;
}

/** Splits paper references into graph ids and DOIs; anything else is refused. */
export function paperRefs(argument: string, values: readonly string[]): PaperRefs {
  const refs: PaperRefs = { ids: [], dois: [] };
  for (const value of values) {
    if (isValidId(value)) refs.ids.push(value);
    else {
      const doi = normaliseDoi(value);
      if (!doi) {
        throw badInput(
          argument,
          `"${argument}" takes graph ids (e.g. lyons-2021) or DOIs (e.g. 10.1186/s12888-021-03321-z); got "${value.slice(0, 100)}"`,
        );
      }
      refs.dois.push(doi);
    }
  }
  return refs;
}

/** An integer in [min, max], or `fallback` when absent. */
export function intInRange(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      argument,
      `"${argument}" must be an integer from ${min} to ${max}; got ${value}`,
    );
  }
  return value;
}

function members<T extends string>(
  argument: string,
  values: readonly string[] | null | undefined,
  allowed: readonly T[],
): T[] | null {
  if (values == null) return null;
  if (values.length === 0) throw badInput(argument, `"${argument}" must not be empty; omit it`);
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) {
      throw badInput(argument, `"${argument}" must be one of ${allowed.join(', ')}; got "${v}"`);
    }
  }
  return [...new Set(values)] as T[];
}

function year(argument: string, value: number | null | undefined): number | null {
  return value == null ? null : intInRange(argument, value, 0, 1000, 3000);
}

function filter(input: NetworkInput): NetworkFilter {
  const minConfidence = input.minConfidence ?? null;
  if (minConfidence !== null && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw badInput(
      'minConfidence',
      `"minConfidence" must be between 0 and 1; got ${minConfidence}`,
    );
  }
  const about = input.about == null ? null : [...new Set(input.about)];
  if (about?.length === 0) throw badInput('about', '"about" must not be empty; omit it');
  const badAbout = about?.find((id) => !isValidId(id));
  if (badAbout !== undefined) {
    throw badInput('about', `"about" takes concept ids; got "${badAbout.slice(0, 100)}"`);
  }
  return {
    polarity: members('polarity', input.polarity, POLARITIES),
    section: members('section', input.section, SECTIONS),
    minConfidence,
    yearFrom: year('yearFrom', input.yearFrom),
    yearTo: year('yearTo', input.yearTo),
    about,
  };
}

/** Validates a network request. */
export function networkRequest(input: NetworkInput): NetworkRequest {
  if (input.seeds.length === 0) throw badInput('seeds', '"seeds" must name at least one paper');
  if (input.seeds.length > NETWORK_LIMITS.maxSeeds) {
    throw badInput('seeds', `"seeds" takes at most ${NETWORK_LIMITS.maxSeeds} papers`);
  }
  const direction = input.direction ?? 'BOTH';
  if (direction !== 'IN' && direction !== 'OUT' && direction !== 'BOTH') {
    throw badInput('direction', `"direction" must be IN, OUT or BOTH; got "${direction}"`);
  }
  const { maxDepth, defaultLimit, maxLimit } = NETWORK_LIMITS;
  return {
    seeds: paperRefs('seeds', input.seeds),
    depth: intInRange('depth', input.depth, 1, 1, maxDepth),
    direction,
    filter: filter(input),
    limit: intInRange('limit', input.limit, defaultLimit, 1, maxLimit),
  };
}
