/**
 * The statement classifier (issue 15): purpose from a linear model trained on
 * SciCite, polarity from an inspectable rule set. Pure: no database, no HTTP;
 * the import path and `evidence-graph classify` call it.
 */
import { classifyPolarity } from './polarity/index.js';
import { classifyPurpose } from './purpose/index.js';
import type { Classification, ClassifierInput } from './types.js';

export type {
  Classification,
  ClassifierInput,
  PolarityPrediction,
  PurposePrediction,
} from './types.js';
export { POLARITY_VERSION } from './polarity/index.js';
export { PURPOSE_VERSION } from './purpose/index.js';

/** Classifies one statement. */
export function classify(input: ClassifierInput): Classification {
  return { purpose: classifyPurpose(input), polarity: classifyPolarity(input) };
}
