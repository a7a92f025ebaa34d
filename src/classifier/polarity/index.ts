/**
 * Polarity (SUPPORTING / CONTRASTING / MENTIONING) of a citing sentence.
 * PLACEHOLDER until the rule set lands (issue 15): always MENTIONING, no rule.
 */
import type { ClassifierInput, PolarityPrediction } from '../types.js';

export const POLARITY_VERSION = 'polarity-placeholder@0';

export function classifyPolarity(_input: ClassifierInput): PolarityPrediction {
  return { polarity: 'MENTIONING', confidence: 0.5, rule: null, version: POLARITY_VERSION };
}
