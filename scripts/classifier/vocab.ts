/**
 * The purpose model's vocabulary, built from the training split: features seen
 * in at least `minCount` statements, the `maxFeatures` most frequent kept (ties
 * broken by the feature's spelling, so the choice is the same on every run),
 * each with its smoothed idf, ln((1 + n) / (1 + df)) + 1.
 */
import { featureCounts, type FeatureSettings } from '../../src/classifier/purpose/features.js';
import type { ClassifierInput } from '../../src/classifier/types.js';

export interface Vocabulary {
  features: string[];
  index: Map<string, number>;
  idf: Float64Array;
}

export function buildVocabulary(
  inputs: ClassifierInput[],
  settings: FeatureSettings,
  minCount: number,
  maxFeatures: number,
): Vocabulary {
  const df = new Map<string, number>();
  for (const input of inputs) {
    for (const f of featureCounts(input, settings).keys()) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const kept = [...df]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, maxFeatures)
    .map(([f]) => f)
    .sort();
  const n = inputs.length;
  const idf = Float64Array.from(kept, (f) => Math.log((1 + n) / (1 + df.get(f)!)) + 1);
  return { features: kept, index: new Map(kept.map((f, i) => [f, i])), idf };
}
