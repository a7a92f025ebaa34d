/**
 * Estimators of the between-study variance tau² for the intercept-only
 * random-effects model: DerSimonian–Laird and REML by Fisher scoring
 * (Viechtbauer, 2005, J. Educ. Behav. Stat. 30(3); as in metafor's rma.uni).
 */

import { ConvergenceError } from './errors.js';
import type { Study } from './fixed.js';
import { fixedEffect } from './fixed.js';

/** DerSimonian–Laird: max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)) with w = 1/vi. */
export function dersimonianLaird(studies: readonly Study[]): number {
  const { q, sumW, sumW2 } = fixedEffect(studies);
  const denominator = sumW - sumW2 / sumW;
  return Math.max(0, (q - (studies.length - 1)) / denominator);
}

/** Controls of the REML iteration. */
export interface RemlControl {
  /** Stop when tau² changes by less than this between iterations (default 1e-10). */
  tolerance?: number;
  /** Give up, throwing ConvergenceError, after this many iterations (default 100). */
  maxIter?: number;
}

/** REML estimate of tau² (≥ 0) and the iterations it took; ConvergenceError when it does not settle. */
export function restrictedMaximumLikelihood(
  studies: readonly Study[],
  control: RemlControl = {},
): { tau2: number; iterations: number } {
  const tolerance = control.tolerance ?? 1e-10;
  const maxIter = control.maxIter ?? 100;
  let tau2 = dersimonianLaird(studies);
  let change = Infinity;
  for (let iter = 1; iter <= maxIter; iter++) {
    let adj = fisherStep(studies, tau2);
    // Step halving keeps tau² inside the parameter space.
    for (let halvings = 0; tau2 + adj < 0 && halvings < 60; halvings++) adj /= 2;
    const next = Math.max(0, tau2 + adj);
    change = Math.abs(next - tau2);
    tau2 = next;
    if (change < tolerance) return { tau2, iterations: iter };
  }
  throw new ConvergenceError(maxIter, change);
}

// One Fisher-scoring step (y'PPy − tr P) / tr(PP), where for the intercept-only
// model P = W − w wᵀ/Σw with W = diag(w), w = 1/(vi + tau²).
function fisherStep(studies: readonly Study[], tau2: number): number {
  let sumW = 0;
  let sumWy = 0;
  let sumW2 = 0;
  let sumW3 = 0;
  for (const s of studies) {
    const w = 1 / (s.vi + tau2);
    sumW += w;
    sumWy += w * s.yi;
    sumW2 += w * w;
    sumW3 += w * w * w;
  }
  const mu = sumWy / sumW;
  let yPPy = 0;
  for (const s of studies) {
    const w = 1 / (s.vi + tau2);
    yPPy += w * w * (s.yi - mu) ** 2;
  }
  const traceP = sumW - sumW2 / sumW;
  const tracePP = sumW2 - (2 * sumW3) / sumW + (sumW2 * sumW2) / (sumW * sumW);
  return (yPPy - traceP) / tracePP;
}
