/**
 * Inverse-variance weighted average of effect sizes, and Cochran's Q around the
 * fixed-effect (w = 1/vi) average.
 */

/** One study's effect size yi and its sampling variance vi (> 0) on the analysis scale. */
export interface Study {
  yi: number;
  vi: number;
}

/** Weighted mean Σw·yi/Σw with w = 1/(vi + tau2) and its variance 1/Σw. */
export function weightedMean(
  studies: readonly Study[],
  tau2 = 0,
): { estimate: number; variance: number; sumW: number } {
  let sumW = 0;
  let sumWy = 0;
  for (const s of studies) {
    const w = 1 / (s.vi + tau2);
    sumW += w;
    sumWy += w * s.yi;
  }
  return { estimate: sumWy / sumW, variance: 1 / sumW, sumW };
}

/** Fixed-effect average with Q = Σw(yi − estimate)² and the sums Σw, Σw² the heterogeneity measures need. */
export function fixedEffect(studies: readonly Study[]): {
  estimate: number;
  variance: number;
  q: number;
  sumW: number;
  sumW2: number;
} {
  const { estimate, variance, sumW } = weightedMean(studies);
  let q = 0;
  let sumW2 = 0;
  for (const s of studies) {
    const w = 1 / s.vi;
    q += w * (s.yi - estimate) ** 2;
    sumW2 += w * w;
  }
  return { estimate, variance, q, sumW, sumW2 };
}
