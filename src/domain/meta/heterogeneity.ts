/**
 * Heterogeneity statistics as metafor's rma.uni reports them: Cochran's Q with
 * its chi-square p-value, I² (percent) and H². For random-effects fits I² and H²
 * are derived from tau² and the "typical" within-study variance; for the
 * fixed-effect fit they are derived from Q.
 */

import { chiSquareUpperTail } from './distributions.js';
import { fixedEffect, type Study } from './fixed.js';

/** Heterogeneity summary of k ≥ 2 studies. */
export interface Heterogeneity {
  q: number;
  qDf: number;
  qP: number;
  i2: number;
  h2: number;
}

/**
 * Q, its p-value on k − 1 df, and I², H². With `tau2` null (fixed-effect fit)
 * I² = max(0, (Q − df)/Q)·100 and H² = Q/df; otherwise I² = 100·tau²/(tau² + s²)
 * and H² = (tau² + s²)/s², with s² = (k − 1)·Σw / ((Σw)² − Σw²), w = 1/vi.
 */
export function heterogeneity(studies: readonly Study[], tau2: number | null): Heterogeneity {
  const { q, sumW, sumW2 } = fixedEffect(studies);
  const qDf = studies.length - 1;
  const qP = chiSquareUpperTail(q, qDf);
  if (tau2 === null) {
    const i2 = q > 0 ? Math.max(0, (q - qDf) / q) * 100 : 0;
    return { q, qDf, qP, i2, h2: q / qDf };
  }
  const typical = (qDf * sumW) / (sumW * sumW - sumW2);
  return { q, qDf, qP, i2: (100 * tau2) / (tau2 + typical), h2: (tau2 + typical) / typical };
}
