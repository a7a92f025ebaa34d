/**
 * Which way is "better" on an outcome. Effects are read as intervention minus control
 * (or intervention over control for ratios), so a positive effect favours the
 * intervention unless less of the outcome is better.
 *
 * The built-in list holds only outcomes for which the seed's own sources say so:
 * seed/dataset/findings.ts notes that "a negative SMD on symptoms or crisis service use
 * means less of it in the peer support arm, i.e. it favours the intervention", and the
 * Pfeiffer 2011 finding notes "negative = fewer depressive symptoms". Depression is a
 * subtype of symptoms. Nothing else is assumed (e.g. readmission is not listed, because no
 * source in this graph states its sign convention); an imported Outcome node may set
 * `lowerIsBetter: true` (or false) itself, which wins over this list.
 */
import type { ConceptNode } from './types.js';

/** Outcome ids on which a lower value is the better result. */
export const LOWER_IS_BETTER_OUTCOMES: ReadonlySet<string> = new Set([
  'symptoms',
  'depression',
  'crisis-service-use',
]);

/** True when less of `outcome` is better: the node's own flag if set, else the built-in list. */
export function lowerIsBetter(outcome: Pick<ConceptNode, 'id' | 'lowerIsBetter'>): boolean {
  if (typeof outcome.lowerIsBetter === 'boolean') return outcome.lowerIsBetter;
  return LOWER_IS_BETTER_OUTCOMES.has(outcome.id);
}
