/**
 * Validates the evidence map's filters and options, from GraphQL arguments or from the
 * export routes' query string, with one set of rules. Every failure is BAD_USER_INPUT
 * naming the argument.
 */
import { badInput } from '../errors.js';
import { assertId } from '../ids.js';
import { POOL_METHODS, type PoolMethod } from '../meta/pool-options.js';
import { isOneOf, OUTCOME_DOMAINS } from '../vocabulary.js';

/** Filters of `evidenceMap(where:)`; null means "no restriction". */
export interface EvidenceFilter {
  interventions: string[] | null;
  outcomes: string[] | null;
  domains: string[] | null;
  populations: string[] | null;
  settings: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  designs: string[] | null;
}

/** How cells are pooled and whether subtypes roll up. */
export interface EvidenceOptions {
  method: PoolMethod;
  rollUp: boolean;
  knappHartung: boolean;
  /** Which concept links count (CURATED, TAGGER); null or absent: all. */
  linkSources?: readonly string[] | null;
}

type Raw = Partial<Record<keyof EvidenceFilter, unknown>>;

const ID_LISTS = ['interventions', 'outcomes', 'populations', 'settings'] as const;
/** Query parameters the export routes accept. */
export const EVIDENCE_PARAMS = [
  ...ID_LISTS,
  'domains',
  'designs',
  'yearFrom',
  'yearTo',
  'method',
  'rollUp',
  'knappHartung',
] as const;

/** Checks a `where` object; returns a complete filter. */
export function checkEvidenceFilter(where: Raw | null | undefined): EvidenceFilter {
  const w = where ?? {};
  const ids = (name: (typeof ID_LISTS)[number]) =>
    list(name, w[name])?.map((v) => assertId(name, v)) ?? null;
  const domains = list('domains', w.domains);
  for (const d of domains ?? []) {
    if (!isOneOf(OUTCOME_DOMAINS, d))
      throw badInput(
        'domains',
        `"domains" takes ${OUTCOME_DOMAINS.join(', ')}; got "${d.slice(0, 50)}"`,
      );
  }
  const designs = list('designs', w.designs);
  for (const d of designs ?? []) {
    if (d.trim() === '' || d.length > 100)
      throw badInput('designs', '"designs" entries must be 1–100 characters');
  }
  const yearFrom = year('yearFrom', w.yearFrom);
  const yearTo = year('yearTo', w.yearTo);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo)
    throw badInput('yearFrom', `"yearFrom" (${yearFrom}) is after "yearTo" (${yearTo})`);
  return {
    interventions: ids('interventions'),
    outcomes: ids('outcomes'),
    domains,
    populations: ids('populations'),
    settings: ids('settings'),
    yearFrom,
    yearTo,
    designs,
  };
}

/**
 * Reads filters and options from a query string: lists as repeated parameters or
 * comma-separated; booleans as true/false/1/0. Unknown parameters are refused.
 */
export function parseEvidenceQuery(query: Record<string, unknown>): {
  filter: EvidenceFilter;
  options: EvidenceOptions;
} {
  for (const key of Object.keys(query)) {
    if (!(EVIDENCE_PARAMS as readonly string[]).includes(key))
      throw badInput(
        key,
        `unknown parameter "${key.slice(0, 50)}"; known: ${EVIDENCE_PARAMS.join(', ')}`,
      );
  }
  const raw: Raw = {};
  for (const key of [...ID_LISTS, 'domains', 'designs'] as const) {
    const v = query[key];
    if (v !== undefined)
      raw[key] = strings(key, v)
        .flatMap((s) => s.split(','))
        .map((s) => s.trim());
  }
  for (const key of ['yearFrom', 'yearTo'] as const) {
    const v = query[key];
    if (v !== undefined) raw[key] = Number(single(key, v));
  }
  const method = query.method === undefined ? 'REML' : single('method', query.method);
  if (!isOneOf(POOL_METHODS, method))
    throw badInput(
      'method',
      `"method" must be one of ${POOL_METHODS.join(', ')}; got "${method.slice(0, 20)}"`,
    );
  return {
    filter: checkEvidenceFilter(raw),
    options: {
      method,
      rollUp: flag('rollUp', query.rollUp),
      knappHartung: flag('knappHartung', query.knappHartung),
    },
  };
}

function list(name: string, value: unknown): string[] | null {
  if (value == null) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw badInput(name, `"${name}" must be a list of strings`);
  if (value.length === 0) throw badInput(name, `"${name}" must not be empty; omit it to match all`);
  if (value.length > 1000) throw badInput(name, `"${name}" takes at most 1000 values`);
  return [...(value as string[])];
}

function year(name: string, value: unknown): number | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 3000)
    throw badInput(name, `"${name}" must be a four-digit year; got ${String(value).slice(0, 20)}`);
  return value;
}

function strings(name: string, value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.some((v) => typeof v !== 'string')) throw badInput(name, `"${name}" must be text`);
  return values as string[];
}

function single(name: string, value: unknown): string {
  const [first, ...rest] = strings(name, value);
  if (first === undefined || rest.length > 0) throw badInput(name, `"${name}" takes one value`);
  return first;
}

function flag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  const v = single(name, value).toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw badInput(name, `"${name}" must be true or false; got "${v.slice(0, 20)}"`);
}
