/**
 * Training the purpose model end to end, without the command line: the grid of
 * settings each fitted on SciCite train and scored on dev (macro-F1), the
 * winner turned into a weights file, and the temperature fitted on dev through
 * that file (rounded weights and all), so the figures printed are the shipped
 * model's.
 */
import { PurposeModel, type PurposeWeights } from '../../src/classifier/purpose/model.js';
import type { FeatureSettings } from '../../src/classifier/purpose/features.js';
import { PURPOSE_VERSION } from '../../src/classifier/purpose/version.js';
import { PURPOSES } from '../../src/domain/vocabulary.js';
import { design, fit } from './logreg.js';
import { fitTemperature, macroF1, type Scored } from './metrics.js';
import type { Example } from './scicite.js';
import { buildVocabulary } from './vocab.js';
import { round, serialise } from './weights-file.js';

export interface Settings extends FeatureSettings {
  minCount: number;
  maxFeatures: number;
  c: number;
}

/** The grid searched on dev, in order (on a tie the earlier, simpler setting wins). */
export const GRID = {
  ngrams: [1, 2] as const,
  stem: [false, true],
  maxFeatures: [5000, 10000, 20000],
  c: [1, 2, 3, 5, 10],
  minCount: 2,
};

export interface Trial {
  settings: Settings;
  devMacroF1: number;
  iterations: number;
}

const CLASSES = [...PURPOSES];

function labels(examples: Example[]): Int32Array {
  return Int32Array.from(examples, (e) => CLASSES.indexOf(e.label));
}

/** Fits one setting on `train`; the weights file it makes, with temperature 1. */
export function train(
  trainSet: Example[],
  s: Settings,
): { weights: PurposeWeights; iterations: number } {
  const inputs = trainSet.map((e) => e.input);
  const vocab = buildVocabulary(inputs, s, s.minCount, s.maxFeatures);
  const x = design(inputs, vocab, s);
  const fitted = fit(x, labels(trainSet), CLASSES.length, s.c);
  const k = CLASSES.length;
  const features: Record<string, number[]> = {};
  vocab.features.forEach((f, j) => {
    features[f] = [vocab.idf[j]!, ...fitted.weights.slice(j * k, j * k + k)];
  });
  const weights: PurposeWeights = {
    version: PURPOSE_VERSION,
    classes: CLASSES,
    settings: s,
    temperature: 1,
    bias: [...fitted.bias],
    features,
  };
  return { weights, iterations: fitted.iterations };
}

/** The model a weights object gives once written and read back (numbers rounded). */
export function shipped(w: PurposeWeights): PurposeModel {
  return new PurposeModel(JSON.parse(serialise(w)) as PurposeWeights);
}

export function score(model: PurposeModel, examples: Example[], temperature?: number): Scored[] {
  return examples.map((e) => ({
    probs: model.probabilities(e.input, temperature),
    label: CLASSES.indexOf(e.label),
  }));
}

/** Every grid setting's dev macro-F1, and the best one's weights with the dev-fitted temperature. */
export function search(
  trainSet: Example[],
  dev: Example[],
  onTrial: (t: Trial) => void = () => {},
): { trials: Trial[]; best: Trial; weights: PurposeWeights } {
  const trials: Trial[] = [];
  let best: { trial: Trial; weights: PurposeWeights } | undefined;
  for (const ngrams of GRID.ngrams) {
    for (const stem of GRID.stem) {
      for (const maxFeatures of GRID.maxFeatures) {
        for (const c of GRID.c) {
          const settings: Settings = { ngrams, stem, minCount: GRID.minCount, maxFeatures, c };
          const { weights, iterations } = train(trainSet, settings);
          const devMacroF1 = macroF1(score(shipped(weights), dev), CLASSES.length);
          const trial = { settings, devMacroF1, iterations };
          trials.push(trial);
          onTrial(trial);
          if (!best || devMacroF1 > best.trial.devMacroF1) best = { trial, weights };
        }
      }
    }
  }
  const chosen = best!;
  const temperature = round(fitTemperature(score(shipped(chosen.weights), dev, 1)));
  return { trials, best: chosen.trial, weights: { ...chosen.weights, temperature } };
}
