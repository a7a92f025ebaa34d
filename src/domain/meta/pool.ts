/**
 * Pools effect sizes of one cell into a summary estimate, reproducing metafor's
 * rma.uni (intercept-only, method "FE", "DL" or "REML"; test "z" or "knha") and
 * predict() for the prediction interval.
 */

import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions.js';
import { type Study, weightedMean } from './fixed.js';
import { heterogeneity } from './heterogeneity.js';
import {
  checkLevel,
  checkMethod,
  checkStudies,
  type PoolMethod,
  type PoolOptions,
} from './pool-options.js';
import { dersimonianLaird, restrictedMaximumLikelihood } from './tau2.js';

export { ConvergenceError, PoolingError } from './errors.js';
export type { Study } from './fixed.js';
export { POOL_METHODS, type PoolMethod, type PoolOptions } from './pool-options.js';

/** A pooled summary. `pooled` is false when k = 1 (the single study is returned as is). */
export interface PoolResult {
  method: PoolMethod;
  pooled: boolean;
  k: number;
  level: number;
  knappHartung: boolean;
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  /** Test statistic for estimate = 0: z, or t when Knapp–Hartung applies. */
  z: number;
  p: number;
  /** Degrees of freedom of the t reference distribution, null when normal. */
  testDf: number | null;
  tau2: number;
  tau: number;
  /** I² in percent. */
  i2: number;
  h2: number;
  q: number;
  qDf: number;
  /** Null when there is nothing to test (k = 1). */
  qP: number | null;
  /** Prediction interval for a new study's true effect; null when k = 1. */
  predictionLower: number | null;
  predictionUpper: number | null;
}

/** Pools `studies`; throws PoolingError for k = 0 or bad input, ConvergenceError when REML does not converge. */
export function pool(studies: readonly Study[], options: PoolOptions): PoolResult {
  const method = checkMethod(options.method);
  const level = checkLevel(options.level ?? 0.95);
  checkStudies(studies);
  const k = studies.length;
  const alpha = 1 - level;
  if (k === 1) return single(studies[0] as Study, method, level);

  const tau2 =
    method === 'FE'
      ? 0
      : method === 'DL'
        ? dersimonianLaird(studies)
        : restrictedMaximumLikelihood(studies, options).tau2;
  const { estimate, variance, sumW } = weightedMean(studies, tau2);
  const knappHartung = options.knappHartung === true;
  let se = Math.sqrt(variance);
  let testDf: number | null = null;
  if (knappHartung) {
    // metafor test = "knha": scale the variance by the weighted residual variance, no truncation.
    let s2w = 0;
    for (const s of studies) s2w += (s.yi - estimate) ** 2 / (s.vi + tau2);
    se = Math.sqrt(s2w / (k - 1) / sumW);
    testDf = k - 1;
  }
  const crit =
    testDf === null ? normalQuantile(1 - alpha / 2) : studentTQuantile(1 - alpha / 2, testDf);
  const z = estimate / se;
  const p = testDf === null ? 2 * normalCdf(-Math.abs(z)) : 2 * studentTCdf(-Math.abs(z), testDf);
  const het = heterogeneity(studies, method === 'FE' ? null : tau2);
  const predictionHalfWidth = crit * Math.sqrt(se * se + tau2);
  return {
    method,
    pooled: true,
    k,
    level,
    knappHartung,
    estimate,
    se,
    ciLower: estimate - crit * se,
    ciUpper: estimate + crit * se,
    z,
    p,
    testDf,
    tau2,
    tau: Math.sqrt(tau2),
    ...het,
    predictionLower: estimate - predictionHalfWidth,
    predictionUpper: estimate + predictionHalfWidth,
  };
}

// k = 1: nothing to pool; the study's own estimate and normal-theory CI.
function single(study: Study, method: PoolMethod, level: number): PoolResult {
  const se = Math.sqrt(study.vi);
  const crit = normalQuantile(1 - (1 - level) / 2);
  const z = study.yi / se;
  return {
    method,
    pooled: false,
    k: 1,
    level,
    knappHartung: false,
    estimate: study.yi,
    se,
    ciLower: study.yi - crit * se,
    ciUpper: study.yi + crit * se,
    z,
    p: 2 * normalCdf(-Math.abs(z)),
    testDf: null,
    tau2: 0,
    tau: 0,
    i2: 0,
    h2: 1,
    q: 0,
    qDf: 0,
    qP: null,
    predictionLower: null,
    predictionUpper: null,
  };
}
