/**
 * Purpose (BACKGROUND / METHOD / RESULT) of a citing sentence.
 * PLACEHOLDER until the trained linear model lands (issue 15): always BACKGROUND at 1/3.
 */
import type { ClassifierInput, PurposePrediction } from '../types.js';

export const PURPOSE_VERSION = 'purpose-placeholder@0';

export function classifyPurpose(_input: ClassifierInput): PurposePrediction {
  return { purpose: 'BACKGROUND', confidence: 1 / 3, version: PURPOSE_VERSION };
}
