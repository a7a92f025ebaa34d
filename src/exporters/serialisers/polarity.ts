/**
 * Derived edge fields: the dominant citation polarity and the edge weight, computed from a
 * citation's statement counts (scite's polarity scheme, see src/domain/vocabulary.ts).
 */
import type { Polarity } from '../../domain/vocabulary.js';

/** Statement counts of a citation, by polarity. */
export interface PolarityCounts {
  supporting: number;
  mentioning: number;
  contrasting: number;
  unclassified: number;
}

// Tie order, most informative first: a contrasting statement is the rarest and most telling
// signal about a finding, then supporting, then a plain mention, then the unclassified rest.
const TIE_ORDER = [
  ['CONTRASTING', 'contrasting'],
  ['SUPPORTING', 'supporting'],
  ['MENTIONING', 'mentioning'],
  ['UNCLASSIFIED', 'unclassified'],
] as const satisfies ReadonlyArray<readonly [Polarity, keyof PolarityCounts]>;

/**
 * The polarity with the most statements, or null when every count is zero. Ties go to the
 * more informative polarity: CONTRASTING > SUPPORTING > MENTIONING > UNCLASSIFIED.
 */
export function dominantPolarity(counts: PolarityCounts): Polarity | null {
  let best: Polarity | null = null;
  let bestCount = 0;
  for (const [polarity, field] of TIE_ORDER) {
    if (counts[field] > bestCount) {
      best = polarity;
      bestCount = counts[field];
    }
  }
  return best;
}

/** Weight of a citation edge: its statement count, but at least 1 since the citation exists. */
export function edgeWeight(statementCount: number): number {
  return Math.max(1, statementCount);
}
