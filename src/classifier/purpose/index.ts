/**
 * Purpose (BACKGROUND / METHOD / RESULT) of a citing sentence, from the linear
 * model trained on SciCite (scripts/train-purpose.ts; figures in
 * docs/classifier.md). The weights ship beside this file and are read once, on
 * the first statement classified, so that importing the classifier costs nothing.
 */
import { readFileSync } from 'node:fs';
import type { ClassifierInput, PurposePrediction } from '../types.js';
import { PurposeModel, type PurposeWeights } from './model.js';
import { PURPOSE_VERSION } from './version.js';

export { PURPOSE_VERSION };

let model: PurposeModel | undefined;

/** The shipped model (loaded on first use). */
export function purposeModel(): PurposeModel {
  if (!model) {
    const text = readFileSync(new URL('./weights.json', import.meta.url), 'utf8');
    model = new PurposeModel(JSON.parse(text) as PurposeWeights);
    if (model.version !== PURPOSE_VERSION) {
      throw new Error(`purpose weights are ${model.version}, the code expects ${PURPOSE_VERSION}`);
    }
  }
  return model;
}

export function classifyPurpose(input: ClassifierInput): PurposePrediction {
  const m = purposeModel();
  const p = m.probabilities(input);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return { purpose: m.classes[best]!, confidence: p[best]!, version: m.version };
}
