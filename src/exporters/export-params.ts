/**
 * Parameters of a network export, read the same way from an HTTP query string
 * (`?seed=…&seed=…&depth=2&polarity=SUPPORTING,CONTRASTING`) and from CLI flags. Lists may
 * repeat a parameter or separate values with commas. With no seed the whole graph is exported,
 * and then only `part` (CSV) may be given. Every failure is BAD_USER_INPUT naming the parameter.
 */
import { badInput } from '../domain/errors.js';
import { networkRequest, type NetworkRequest } from '../domain/network/options.js';

/** Parameter names an export accepts. */
export const EXPORT_PARAMS = [
  'seed',
  'depth',
  'direction',
  'polarity',
  'section',
  'minConfidence',
  'yearFrom',
  'yearTo',
  'about',
  'limit',
  'part',
] as const;
export type ExportParam = (typeof EXPORT_PARAMS)[number];

/** Default and maximum size of a seeded export (papers). */
export const EXPORT_LIMIT = 2000;

/** What to export: a seeded network (request) or the whole graph (null), and for CSV the part. */
export interface ExportPlan {
  request: NetworkRequest | null;
  part: 'nodes' | 'edges';
}

function list(values: readonly string[]): string[] | null {
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  return items.length === 0 ? null : items.filter((v) => v !== '');
}

function one(name: string, values: readonly string[]): string | null {
  if (values.length > 1) throw badInput(name, `"${name}" may be given once`);
  return values[0] ?? null;
}

function integer(name: string, values: readonly string[]): number | null {
  const v = one(name, values);
  if (v === null) return null;
  if (!/^-?\d{1,9}$/.test(v)) throw badInput(name, `"${name}" must be an integer; got "${v}"`);
  return Number(v);
}

function decimal(name: string, values: readonly string[]): number | null {
  const v = one(name, values);
  if (v === null) return null;
  if (!/^\d+(\.\d+)?$/.test(v)) throw badInput(name, `"${name}" must be a number; got "${v}"`);
  return Number(v);
}

/** Validates export parameters; `get` returns every value given for a name (maybe none). */
export function exportPlan(
  get: (name: ExportParam) => readonly string[],
  unknown: readonly string[] = [],
): ExportPlan {
  if (unknown.length > 0) {
    throw badInput(
      unknown[0]!,
      `unknown parameter "${unknown[0]}"; known: ${EXPORT_PARAMS.join(', ')}`,
    );
  }
  const part = one('part', get('part')) ?? 'nodes';
  if (part !== 'nodes' && part !== 'edges') {
    throw badInput('part', `"part" must be nodes or edges; got "${part}"`);
  }
  const seeds = list(get('seed')) ?? [];
  if (seeds.length === 0) {
    const extra = EXPORT_PARAMS.find((p) => p !== 'seed' && p !== 'part' && get(p).length > 0);
    if (extra) throw badInput(extra, `"${extra}" needs at least one "seed"`);
    return { request: null, part };
  }
  const request = networkRequest({
    seeds,
    depth: integer('depth', get('depth')),
    direction: one('direction', get('direction'))?.toUpperCase() ?? null,
    polarity: list(get('polarity'))?.map((p) => p.toUpperCase()) ?? null,
    section: list(get('section'))?.map((s) => s.toUpperCase()) ?? null,
    minConfidence: decimal('minConfidence', get('minConfidence')),
    yearFrom: integer('yearFrom', get('yearFrom')),
    yearTo: integer('yearTo', get('yearTo')),
    about: list(get('about')),
    limit: integer('limit', get('limit')) ?? EXPORT_LIMIT,
  });
  return { request, part };
}

/** A one-line description of what an export holds, for the formats' metadata. */
export function describePlan(plan: ExportPlan): string {
  const r = plan.request;
  if (!r) return 'Evidence Graph citation network: the whole graph';
  const seeds = [...r.seeds.ids, ...r.seeds.dois].join(', ');
  return `Evidence Graph citation network around ${seeds}: depth ${r.depth}, direction ${r.direction}`;
}
