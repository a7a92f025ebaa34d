/**
 * The purpose model's features: word 1- or 1–2-grams of the tokenized sentence
 * (tokens.ts), optionally stemmed, plus the section as one more feature, since
 * a citation in Methods is much more often a method citation. Each feature is
 * weighted by sublinear TF × IDF and the vector scaled to unit length, the same
 * way when training (scripts/classifier) and when classifying.
 */
import type { Section } from '../../domain/vocabulary.js';
import type { ClassifierInput } from '../types.js';
import { stem } from './stem.js';
import { tokenize } from './tokens.js';

/** The feature settings a weights file was trained with. */
export interface FeatureSettings {
  /** 1: single words; 2: single words and pairs of neighbouring words. */
  ngrams: 1 | 2;
  stem: boolean;
}

/** The feature that carries the section. */
export function sectionFeature(section: Section): string {
  return `§${section}`;
}

/** How often each feature occurs in the statement. */
export function featureCounts(
  input: ClassifierInput,
  settings: FeatureSettings,
): Map<string, number> {
  let tokens = tokenize(input.text, input.marker);
  if (settings.stem) tokens = tokens.map(stem);
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    add(tokens[i]!);
    if (settings.ngrams === 2 && i > 0) add(`${tokens[i - 1]!} ${tokens[i]!}`);
  }
  add(sectionFeature(input.section));
  return counts;
}

/**
 * The statement's weighted features: (1 + ln count) × idf, scaled to unit length
 * over the features the vocabulary knows. `lookup` gives a known feature's
 * entry (a weight row, a column number) and its idf; unknown features drop out.
 */
export function weigh<T>(
  counts: Map<string, number>,
  lookup: (feature: string) => { entry: T; idf: number } | undefined,
): { entries: T[]; values: number[] } {
  const entries: T[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    const known = lookup(feature);
    if (!known) continue;
    const v = (1 + Math.log(count)) * known.idf;
    entries.push(known.entry);
    values.push(v);
    norm += v * v;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i]! *= scale;
  }
  return { entries, values };
}
