/**
 * Synthetic abstracts with known ground truth: each paper's abstract names its intervention
 * and its outcome (the two its title names) by one of their terms — the name, a synonym or
 * an instrument, chosen by the paper's index so the generator's random stream is not
 * disturbed — next to a sentence of near misses the tagger must not link ("support from a
 * peer", "hopefully"). The concept tagger benchmark (bench/tag.ts) checks its recall and
 * precision at scale against `titleConcepts`.
 */
import { INTERVENTIONS, OUTCOMES, type SyntheticConcept } from './taxonomy.js';

const termsOf = (c: SyntheticConcept) => [c.name, ...(c.synonyms ?? []), ...(c.instruments ?? [])];

/** The term of `c` paper `i` uses. */
const termFor = (c: SyntheticConcept, i: number) => {
  const terms = termsOf(c);
  return terms[i % terms.length]!;
};

// Words close to the taxonomy's that name none of its concepts.
const NEAR_MISSES = [
  'Participants hopefully valued social support from a peer.',
  'Staff support and peer review were routine.',
  'The support offered to each peer was recorded.',
];

/** The abstract of paper `i` about intervention `iv` and outcome `out`. */
export function abstractOf(i: number, iv: SyntheticConcept, out: SyntheticConcept): string {
  return [
    `This synthetic trial evaluated ${termFor(iv, i)} for adults with mental health conditions.`,
    NEAR_MISSES[i % NEAR_MISSES.length],
    `The primary outcome was ${termFor(out, i >> 1)}, assessed at baseline and 12 months.`,
  ].join(' ');
}

/** An OpenAlex `abstract_inverted_index` of `text` (word → positions), as OpenAlex serves abstracts. */
export function invertedIndex(text: string): Record<string, number[]> {
  const index: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  text.split(' ').forEach((word, p) => (index[word] ??= []).push(p));
  return index;
}

const byName = new Map(
  [...INTERVENTIONS, ...OUTCOMES].map((c) => [c.name.toLowerCase(), c.id] as const),
);

/**
 * The ground truth of a synthetic paper: the ids of the intervention and the outcome its
 * title names ("Synthetic study 7: group peer support and hope"); null for another title.
 */
export function titleConcepts(title: string): { intervention: string; outcome: string } | null {
  const m = /^Synthetic study \d+: (.+) and (.+)$/.exec(title);
  const intervention = m && byName.get(m[1]!);
  const outcome = m && byName.get(m[2]!);
  return intervention && outcome ? { intervention, outcome } : null;
}
