/**
 * A trained purpose model in memory: the weights file's shape and the
 * arithmetic of inference (multinomial logistic regression, softmax over
 * logits divided by the temperature fitted on SciCite dev). Each feature's
 * idf and weight row sit together in one Map entry, so classifying a statement
 * is one lookup per feature.
 */
import { PURPOSES, type Purpose } from '../../domain/vocabulary.js';
import type { ClassifierInput } from '../types.js';
import { featureCounts, weigh, type FeatureSettings } from './features.js';

/** The weights file (src/classifier/purpose/weights.json), as scripts/train-purpose.ts writes it. */
export interface PurposeWeights {
  version: string;
  classes: Purpose[];
  settings: FeatureSettings & { maxFeatures: number; minCount: number; c: number };
  temperature: number;
  bias: number[];
  /** feature → [idf, weight for classes[0], weight for classes[1], ...] */
  features: Record<string, number[]>;
}

interface Row {
  idf: number;
  weights: Float64Array;
}

export class PurposeModel {
  readonly version: string;
  readonly classes: Purpose[];
  readonly temperature: number;
  private readonly settings: FeatureSettings;
  private readonly bias: Float64Array;
  private readonly rows = new Map<string, Row>();

  constructor(w: PurposeWeights) {
    const k = w.classes.length;
    if (k < 2 || w.classes.some((c) => !PURPOSES.includes(c)) || w.bias.length !== k) {
      throw new Error('purpose weights: classes and bias do not match');
    }
    if (!(w.temperature > 0)) throw new Error('purpose weights: temperature must be positive');
    this.version = w.version;
    this.classes = w.classes;
    this.temperature = w.temperature;
    this.settings = { ngrams: w.settings.ngrams, stem: w.settings.stem };
    this.bias = Float64Array.from(w.bias);
    for (const [feature, row] of Object.entries(w.features)) {
      if (row.length !== k + 1)
        throw new Error(`purpose weights: row of "${feature}" is malformed`);
      this.rows.set(feature, { idf: row[0]!, weights: Float64Array.from(row.slice(1)) });
    }
  }

  /** Class probabilities in `classes` order; temperature 1 gives the raw model's. */
  probabilities(input: ClassifierInput, temperature = this.temperature): Float64Array {
    const { entries, values } = weigh(featureCounts(input, this.settings), (f) => {
      const row = this.rows.get(f);
      return row && { entry: row.weights, idf: row.idf };
    });
    const k = this.classes.length;
    const z = Float64Array.from(this.bias);
    for (let i = 0; i < entries.length; i++) {
      const w = entries[i]!;
      const v = values[i]!;
      for (let c = 0; c < k; c++) z[c]! += w[c]! * v;
    }
    return softmax(z, temperature);
  }
}

/** softmax(z / t), computed stably; writes into and returns `z`. */
export function softmax(z: Float64Array, t = 1): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v / t);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! / t - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}
