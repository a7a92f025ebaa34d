/**
 * Decides whether the findings of one cell share an analysis scale and can be
 * pooled. SMD and HEDGES_G are the same scale (metafor's "SMD" is Hedges' g);
 * RR and LOG_RR, and OR and LOG_OR, are too, because computeEffect analyses
 * ratios on the log scale.
 */

import type { Measure } from '../vocabulary.js';

/** The measure a finding is analysed on after computeEffect. */
export type AnalysisScale = 'SMD' | 'MD' | 'LOG_RR' | 'LOG_OR';

const SCALE: Record<Measure, AnalysisScale> = {
  SMD: 'SMD',
  HEDGES_G: 'SMD',
  MD: 'MD',
  RR: 'LOG_RR',
  LOG_RR: 'LOG_RR',
  OR: 'LOG_OR',
  LOG_OR: 'LOG_OR',
};

export type Poolability =
  { poolable: true; scale: AnalysisScale } | { poolable: false; reason: string };

/** Poolable when there is at least one finding and all share one scale; otherwise says why, naming the measures. */
export function checkPoolable(
  findings: readonly { measure: Measure | null | undefined }[],
): Poolability {
  if (findings.length === 0) return { poolable: false, reason: 'no findings to pool' };
  const byScale = new Map<AnalysisScale, Set<Measure>>();
  for (const [i, { measure }] of findings.entries()) {
    if (measure === null || measure === undefined) {
      return { poolable: false, reason: `finding ${i} has no measure` };
    }
    const scale = SCALE[measure];
    const set = byScale.get(scale) ?? new Set<Measure>();
    set.add(measure);
    byScale.set(scale, set);
  }
  const [first, ...rest] = [...byScale.keys()];
  if (first !== undefined && rest.length === 0) return { poolable: true, scale: first };
  const groups = [...byScale.values()].map((set) => [...set].sort().join('/'));
  return {
    poolable: false,
    reason: `findings use different measures that cannot be pooled together: ${groups.join(', ')}`,
  };
}
