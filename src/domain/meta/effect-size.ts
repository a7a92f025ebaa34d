/**
 * Turns what a finding reports into an effect size on the analysis scale: yi with
 * its sampling variance vi. Ratio measures are analysed on the log scale, so RR
 * and OR come out as LOG_RR and LOG_OR.
 *
 * Sources are tried in this order, the first complete one wins:
 * 1. events/totals of both arms (needs measure RR, LOG_RR, OR or LOG_OR);
 * 2. means/SDs/sizes of both groups (needs measure MD, SMD or HEDGES_G);
 * 3. estimate with variance, else se, else a 95% CI (needs a measure).
 * For RR and OR, `estimate` and the CI bounds are on the ratio scale, while `se`
 * and `variance` are taken to be those of the log ratio, as software reports them.
 */

import type { Measure } from '../vocabulary.js';
import { logOddsRatio, logRiskRatio } from './binary.js';
import { meanDifference, standardisedMeanDifference } from './continuous.js';
import { normalQuantile } from './distributions.js';
import { EffectSizeError } from './errors.js';
import { finite, given, positive } from './input-checks.js';

export { EffectSizeError } from './errors.js';

/** What a finding may report; every field is optional and null counts as absent. */
export interface EffectInput {
  measure?: Measure | null;
  estimate?: number | null;
  se?: number | null;
  variance?: number | null;
  ciLower?: number | null;
  ciUpper?: number | null;
  meanI?: number | null;
  sdI?: number | null;
  nI?: number | null;
  meanC?: number | null;
  sdC?: number | null;
  nC?: number | null;
  eventsI?: number | null;
  totalI?: number | null;
  eventsC?: number | null;
  totalC?: number | null;
}

/** An effect size on the analysis scale. */
export interface EffectSize {
  yi: number;
  vi: number;
  measure: Measure;
}

const BINARY_FIELDS = ['eventsI', 'totalI', 'eventsC', 'totalC'] as const;
const CONTINUOUS_FIELDS = ['meanI', 'sdI', 'nI', 'meanC', 'sdC', 'nC'] as const;

/** Every numeric field of EffectInput: all that computeEffect reads besides the measure. */
export const EFFECT_VALUES = [
  'estimate',
  'se',
  'variance',
  'ciLower',
  'ciUpper',
  ...CONTINUOUS_FIELDS,
  ...BINARY_FIELDS,
] as const satisfies readonly Exclude<keyof EffectInput, 'measure'>[];
const Z_975 = normalQuantile(0.975);

/** Computes { yi, vi, measure } from `input`; throws EffectSizeError naming the field at fault. */
export function computeEffect(input: EffectInput): EffectSize {
  const binary = pick(input, BINARY_FIELDS);
  if (binary) return fromTwoByTwo(input.measure, binary);
  const continuous = pick(input, CONTINUOUS_FIELDS);
  if (continuous) return fromGroups(input.measure, continuous);
  if (given(input.estimate)) return fromEstimate(input, input.estimate);
  throw nothingUsable(input);
}

function fromTwoByTwo(
  measure: Measure | null | undefined,
  table: Record<(typeof BINARY_FIELDS)[number], number>,
): EffectSize {
  if (measure === 'RR' || measure === 'LOG_RR') {
    const { yi, vi } = logRiskRatio(table);
    return { yi, vi, measure: 'LOG_RR' };
  }
  if (measure === 'OR' || measure === 'LOG_OR') {
    const { yi, vi } = logOddsRatio(table);
    return { yi, vi, measure: 'LOG_OR' };
  }
  throw new EffectSizeError(
    'measure',
    `events/totals need measure RR, LOG_RR, OR or LOG_OR, got ${measure ?? 'none'}`,
  );
}

function fromGroups(
  measure: Measure | null | undefined,
  groups: Record<(typeof CONTINUOUS_FIELDS)[number], number>,
): EffectSize {
  if (measure === 'MD') return { ...meanDifference(groups), measure };
  if (measure === 'SMD' || measure === 'HEDGES_G') {
    return { ...standardisedMeanDifference(groups), measure };
  }
  throw new EffectSizeError(
    'measure',
    `means/SDs/ns need measure MD, SMD or HEDGES_G, got ${measure ?? 'none'}`,
  );
}

function fromEstimate(input: EffectInput, estimate: number): EffectSize {
  const { measure } = input;
  if (!given(measure)) throw new EffectSizeError('measure', 'an estimate needs a measure');
  const ratio = measure === 'RR' || measure === 'OR';
  const scale = (field: string, v: number): number =>
    ratio ? Math.log(positive(field, v)) : finite(field, v);
  const yi = scale('estimate', estimate);
  const analysed: Measure = measure === 'RR' ? 'LOG_RR' : measure === 'OR' ? 'LOG_OR' : measure;
  if (given(input.variance))
    return { yi, vi: positive('variance', input.variance), measure: analysed };
  if (given(input.se)) return { yi, vi: positive('se', input.se) ** 2, measure: analysed };
  if (given(input.ciLower) && given(input.ciUpper)) {
    const lower = scale('ciLower', input.ciLower);
    const upper = scale('ciUpper', input.ciUpper);
    if (!(upper > lower)) {
      throw new EffectSizeError(
        'ciUpper',
        `ciUpper (${input.ciUpper}) must be greater than ciLower (${input.ciLower})`,
      );
    }
    const se = (upper - lower) / (2 * Z_975);
    return { yi, vi: se * se, measure: analysed };
  }
  const field = given(input.ciLower) ? 'ciUpper' : given(input.ciUpper) ? 'ciLower' : 'se';
  throw new EffectSizeError(field, 'an estimate needs a variance, an se or both 95% CI bounds');
}

// The group's values when every field is given, else null.
function pick<F extends string>(
  input: EffectInput,
  fields: readonly F[],
): Record<F, number> | null {
  const values = input as Record<string, number | null | undefined>;
  const out = {} as Record<F, number>;
  for (const f of fields) {
    const v = values[f];
    if (!given(v)) return null;
    out[f] = v;
  }
  return out;
}

function nothingUsable(input: EffectInput): EffectSizeError {
  const values = input as Record<string, number | null | undefined>;
  for (const group of [BINARY_FIELDS, CONTINUOUS_FIELDS]) {
    if (group.some((f) => given(values[f]))) {
      const missing = group.filter((f) => !given(values[f]));
      return new EffectSizeError(
        missing[0] ?? 'estimate',
        `incomplete data: missing ${missing.join(', ')}`,
      );
    }
  }
  return new EffectSizeError(
    'estimate',
    'nothing usable: give an estimate with se, variance or 95% CI; means/SDs/ns; or events/totals',
  );
}
