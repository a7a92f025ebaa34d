/**
 * Multinomial logistic regression with an L2 penalty, fitted by L-BFGS
 * (lbfgs.ts) on a sparse design matrix. The objective is the mean negative
 * log-likelihood plus ||W||² / (2 C n), i.e. scikit-learn's C convention; the
 * intercepts are not penalised.
 */
import {
  featureCounts,
  weigh,
  type FeatureSettings,
} from '../../src/classifier/purpose/features.js';
import type { ClassifierInput } from '../../src/classifier/types.js';
import { minimise } from './lbfgs.js';
import type { Vocabulary } from './vocab.js';

/** Rows of weighted features (compressed sparse rows). */
export interface Design {
  rows: number;
  cols: number;
  start: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

export function design(
  inputs: ClassifierInput[],
  vocab: Vocabulary,
  settings: FeatureSettings,
): Design {
  const start = new Int32Array(inputs.length + 1);
  const cols: number[] = [];
  const values: number[] = [];
  inputs.forEach((input, i) => {
    const { entries, values: v } = weigh(featureCounts(input, settings), (f) => {
      const j = vocab.index.get(f);
      return j === undefined ? undefined : { entry: j, idf: vocab.idf[j]! };
    });
    cols.push(...entries);
    values.push(...v);
    start[i + 1] = cols.length;
  });
  return {
    rows: inputs.length,
    cols: vocab.features.length,
    start,
    col: Int32Array.from(cols),
    value: Float64Array.from(values),
  };
}

export interface Fitted {
  /** cols × k, row-major: weights of feature j are w[j*k .. j*k+k). */
  weights: Float64Array;
  bias: Float64Array;
  iterations: number;
}

/**
 * Fits the model; `labels[i]` is the class index of row i. (Weighting the
 * classes to balance them was tried: it lowered dev macro-F1 by about 2 points.)
 */
export function fit(x: Design, labels: Int32Array, k: number, c: number): Fitted {
  const nw = x.cols * k;
  const lambda = 1 / (c * x.rows);
  const z = new Float64Array(k);
  const objective = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < x.rows; i++) {
      const a = x.start[i]!;
      const b = x.start[i + 1]!;
      for (let c2 = 0; c2 < k; c2++) z[c2] = theta[nw + c2]!;
      for (let p = a; p < b; p++) {
        const off = x.col[p]! * k;
        const v = x.value[p]!;
        for (let c2 = 0; c2 < k; c2++) z[c2]! += theta[off + c2]! * v;
      }
      let max = -Infinity;
      for (let c2 = 0; c2 < k; c2++) max = Math.max(max, z[c2]!);
      let sum = 0;
      for (let c2 = 0; c2 < k; c2++) sum += Math.exp(z[c2]! - max);
      const logSum = max + Math.log(sum);
      const y = labels[i]!;
      loss += logSum - z[y]!;
      // z becomes the residual p - onehot(y).
      for (let c2 = 0; c2 < k; c2++) z[c2] = Math.exp(z[c2]! - logSum) - (c2 === y ? 1 : 0);
      for (let p = a; p < b; p++) {
        const off = x.col[p]! * k;
        const v = x.value[p]!;
        for (let c2 = 0; c2 < k; c2++) grad[off + c2]! += z[c2]! * v;
      }
      for (let c2 = 0; c2 < k; c2++) grad[nw + c2]! += z[c2]!;
    }
    const inv = 1 / x.rows;
    let penalty = 0;
    for (let j = 0; j < nw; j++) {
      penalty += theta[j]! * theta[j]!;
      grad[j] = grad[j]! * inv + lambda * theta[j]!;
    }
    for (let c2 = 0; c2 < k; c2++) grad[nw + c2]! *= inv;
    return loss * inv + 0.5 * lambda * penalty;
  };
  const result = minimise(objective, new Float64Array(nw + k), {
    maxIterations: 2000,
    gradientTolerance: 1e-7,
    relativeTolerance: 1e-12,
  });
  return {
    weights: result.x.slice(0, nw),
    bias: result.x.slice(nw),
    iterations: result.iterations,
  };
}
