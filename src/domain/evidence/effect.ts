/**
 * A finding's effect on the analysis scale (computeEffect), its 95% interval, and the
 * direction that interval shows.
 *
 * Interval: the reported 95% CI when both bounds are stored (ratios moved to the log
 * scale), else yi ± 1.96·√vi from the effect computed out of raw arm data, an SE or a
 * variance. Direction: an interval that excludes 0 favours one side — the intervention
 * when the effect is positive, unless lower is better on the outcome; an interval
 * containing 0 is NO_DIFFERENCE; with no interval the finding's stored `direction` is
 * used if it has one, else UNKNOWN.
 */
import { normalQuantile } from '../meta/distributions.js';
import {
  computeEffect,
  EFFECT_VALUES,
  EffectSizeError,
  type EffectInput,
} from '../meta/effect-size.js';
import { isOneOf, MEASURES, type Measure } from '../vocabulary.js';
import type { EvidenceDirection, EvidenceFinding } from './types.js';

const Z_975 = normalQuantile(0.975);
const RATIOS: ReadonlySet<string> = new Set(['RR', 'OR']);

/** A finding's effect, or why it has none. */
export type FindingEffect =
  { ok: true; yi: number; vi: number; measure: Measure } | { ok: false; reason: string };

/**
 * The computeEffect input a finding's stored values give: the fields computeEffect reads,
 * copied one by one (a rest copy of every stored value cost a tenth of the map's assembly).
 */
export function effectInput(f: EvidenceFinding): EffectInput {
  const input: EffectInput = { measure: isOneOf(MEASURES, f.measure) ? f.measure : null };
  for (const k of EFFECT_VALUES) input[k] = f[k];
  return input;
}

/** Computes the finding's effect; an EffectSizeError becomes a reason naming the finding. */
export function findingEffect(f: EvidenceFinding): FindingEffect {
  try {
    const { yi, vi, measure } = computeEffect(effectInput(f));
    return { ok: true, yi, vi, measure };
  } catch (error) {
    if (error instanceof EffectSizeError) {
      return { ok: false, reason: `${f.id}: ${error.message}` };
    }
    throw error;
  }
}

/** The finding's 95% interval on the analysis scale, or null when it has none. */
export function findingInterval(
  f: EvidenceFinding,
  effect: FindingEffect,
): { lower: number; upper: number } | null {
  const { ciLower, ciUpper } = f;
  if (typeof ciLower === 'number' && typeof ciUpper === 'number') {
    if (!RATIOS.has(f.measure)) return { lower: ciLower, upper: ciUpper };
    if (ciLower > 0 && ciUpper > 0) return { lower: Math.log(ciLower), upper: Math.log(ciUpper) };
  }
  if (!effect.ok) return null;
  const half = Z_975 * Math.sqrt(effect.vi);
  return { lower: effect.yi - half, upper: effect.yi + half };
}

/** The direction an interval shows on an outcome where `lowerIsBetter` may hold. */
export function intervalDirection(
  interval: { lower: number; upper: number } | null,
  lowerIsBetter: boolean,
): EvidenceDirection {
  if (!interval) return 'UNKNOWN';
  if (interval.lower <= 0 && interval.upper >= 0) return 'NO_DIFFERENCE';
  const positive = interval.lower > 0;
  return positive !== lowerIsBetter ? 'FAVOURS_INTERVENTION' : 'FAVOURS_CONTROL';
}

/** A finding's direction: from its interval, else its stored direction, else UNKNOWN. */
export function findingDirection(
  f: EvidenceFinding,
  effect: FindingEffect,
  lowerIsBetter: boolean,
): EvidenceDirection {
  const interval = findingInterval(f, effect);
  if (interval) return intervalDirection(interval, lowerIsBetter);
  const stored = f.direction;
  return stored === 'FAVOURS_INTERVENTION' ||
    stored === 'FAVOURS_CONTROL' ||
    stored === 'NO_DIFFERENCE'
    ? stored
    : 'UNKNOWN';
}
