/**
 * Phrases in which a concept's word names something else: "recovery college" is a service,
 * "in recovery" a state, the "recovery model" a philosophy, none of them the recovery
 * outcome a study measures. Compiled into the trie as terms of no concept, so the longest
 * match takes them and links nothing (compile.ts). Each entry was found as a wrong link on
 * the development half of the labelled corpus (docs/tagger.md); the list stays short and
 * general, as every entry also hides a real mention that happens to use the phrase.
 */
export const IGNORED_PHRASES: readonly string[] = [
  'in recovery',
  'recovery college',
  'recovery model',
  'recovery service',
  'recovery-oriented',
  'recovery orientation',
  'recovery intervention',
  'recovery rate',
];
