/** Shapes a cell's PooledEffect from a pool() result, or with no numbers and a reason. */
import type { PoolMethod, PoolResult } from '../meta/pool.js';
import type { Measure } from '../vocabulary.js';
import { intervalDirection } from './effect.js';
import type { PoolingBasis, PooledEffect } from './types.js';

/** A pooled effect with no numbers, saying why. */
export function blank(
  options: { method: PoolMethod; knappHartung: boolean },
  basis: PoolingBasis,
  reason: string,
): PooledEffect {
  return {
    measure: null,
    method: options.method,
    knappHartung: options.knappHartung,
    basis,
    poolable: false,
    reason,
    k: 0,
    estimate: null,
    se: null,
    ciLower: null,
    ciUpper: null,
    z: null,
    p: null,
    tau2: null,
    i2: null,
    h2: null,
    q: null,
    qDf: null,
    qP: null,
    predictionLower: null,
    predictionUpper: null,
    direction: 'UNKNOWN',
  };
}

/** A pooled effect from a PoolResult; heterogeneity only when k > 1. */
export function filled(
  r: PoolResult,
  measure: Measure,
  basis: PoolingBasis,
  notes: string[],
  options: { method: PoolMethod; knappHartung: boolean },
  lowerIsBetter: boolean,
): PooledEffect {
  const many = r.k > 1;
  return {
    measure,
    method: options.method,
    knappHartung: r.knappHartung,
    basis,
    poolable: many,
    reason: notes.length ? notes.join('; ') : null,
    k: r.k,
    estimate: r.estimate,
    se: r.se,
    ciLower: r.ciLower,
    ciUpper: r.ciUpper,
    z: r.z,
    p: r.p,
    tau2: many ? r.tau2 : null,
    i2: many ? r.i2 : null,
    h2: many ? r.h2 : null,
    q: many ? r.q : null,
    qDf: many ? r.qDf : null,
    qP: r.qP,
    predictionLower: r.predictionLower,
    predictionUpper: r.predictionUpper,
    direction: intervalDirection({ lower: r.ciLower, upper: r.ciUpper }, lowerIsBetter),
  };
}
