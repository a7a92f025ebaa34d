/**
 * Closed vocabularies of the graph model (docs/ARCHITECTURE.md, "Graph model").
 * The GraphQL enums in schema/ use exactly these spellings.
 */

export const SECTIONS = [
  'INTRODUCTION',
  'METHODS',
  'RESULTS',
  'DISCUSSION',
  'CONCLUSION',
  'OTHER',
] as const;
export type Section = (typeof SECTIONS)[number];

/** scite's scheme. */
export const POLARITIES = ['SUPPORTING', 'MENTIONING', 'CONTRASTING', 'UNCLASSIFIED'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Semantic Scholar / SciCite scheme. */
export const PURPOSES = ['BACKGROUND', 'METHOD', 'RESULT'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Who set a statement's polarity or purpose: the source it was imported from,
 * a curator (updateStatement), or the classifier. A model label never replaces
 * a SOURCE or CURATOR one.
 */
export const LABEL_SOURCES = ['SOURCE', 'CURATOR', 'MODEL'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export const OUTCOME_DOMAINS = [
  'CLINICAL',
  'PSYCHOSOCIAL',
  'SERVICE_USE',
  'IMPLEMENTATION',
  'OTHER',
] as const;
export type OutcomeDomain = (typeof OUTCOME_DOMAINS)[number];

export const MEASURES = ['SMD', 'HEDGES_G', 'MD', 'RR', 'OR', 'LOG_RR', 'LOG_OR'] as const;
export type Measure = (typeof MEASURES)[number];

export const DIRECTIONS = ['FAVOURS_INTERVENTION', 'FAVOURS_CONTROL', 'NO_DIFFERENCE'] as const;
export type EffectDirection = (typeof DIRECTIONS)[number];

/** True when `value` is one of `allowed`; narrows the type. */
export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
