/**
 * Synthetic prose for generated JATS articles: invented words put into
 * templates written for this generator, so no sentence comes from a real
 * article. The templates carry what trips sentence splitters in real text
 * ("et al.", "Fig. 2", "e.g.", "i.e.", "vs.", decimals, abbreviated species
 * names, an escaped "<"), so the benchmark measures a realistic splitting cost.
 */
import type { Random } from './prng.js';

const ONSETS = ['b', 'br', 'c', 'd', 'f', 'g', 'gr', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's'];
const MORE_ONSETS = ['st', 't', 'tr', 'v', 'z', 'ph', 'th', 'qu', 'h', 'cl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'io', 'ea', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'x', 'm', 'nd', 'st'];
const NOUN_ENDINGS = ['ase', 'in', 'osis', 'ome', 'ide', 'ema', 'ion', 'ax', 'ulin'];
const ADJ_ENDINGS = ['ic', 'al', 'ous', 'ive', 'ar', 'ent'];
const ALL_ONSETS = [...ONSETS, ...MORE_ONSETS];

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(items.length)]!;

/** An invented word of `syllables` syllables (lower case, ASCII letters only). */
export function inventedWord(random: Random, syllables: number): string {
  let w = '';
  for (let s = 0; s < syllables; s += 1) {
    w +=
      pick(random, ALL_ONSETS) +
      pick(random, VOWELS) +
      (s === syllables - 1 ? '' : pick(random, CODAS));
  }
  return w;
}

/** Upper-cases the first letter. */
export const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const noun = (r: Random) => inventedWord(r, 1 + r.int(2)) + pick(r, NOUN_ENDINGS);
const adj = (r: Random) => inventedWord(r, 1 + r.int(2)) + pick(r, ADJ_ENDINGS);
const dec = (r: Random) => (r.next() * 10).toFixed(2);
const int = (r: Random, n: number) => String(1 + r.int(n));

/** A surname-like invented word. */
export const surname = (r: Random) => capital(inventedWord(r, 2 + r.int(2)));

/** Main clauses; each is a function so that every slot draws afresh. */
const CLAUSES: readonly ((r: Random) => string)[] = [
  (r) =>
    `${capital(adj(r))} ${noun(r)} is associated with ${adj(r)} ${noun(r)} in ${int(r, 90)} of ${int(r, 400)} ${noun(r)} samples`,
  (r) =>
    `Previous work on ${noun(r)} has described ${adj(r)} ${noun(r)} (e.g. ${noun(r)}, ${noun(r)} and ${noun(r)})`,
  (r) =>
    `${surname(r)} et al. reported a ${adj(r)} ${noun(r)} of ${dec(r)} in ${capital(inventedWord(r, 1))}. ${inventedWord(r, 3)} colonies`,
  (r) =>
    `The ${noun(r)} index differed between the two groups (${dec(r)} vs. ${dec(r)}; p &lt; 0.05)`,
  (r) =>
    `As shown in Fig. ${int(r, 6)}, ${noun(r)} rose with ${adj(r)} ${noun(r)} over ${int(r, 24)} weeks`,
  (r) =>
    `We recorded ${noun(r)} at ${int(r, 5)} time points, i.e. before and after ${noun(r)} exposure`,
  (r) =>
    `${capital(adj(r))} ${noun(r)} remains poorly characterised despite ${int(r, 5)} decades of ${noun(r)} research`,
  (r) =>
    `Samples were treated with ${dec(r)} mg of ${noun(r)} for ${int(r, 48)} h at ${int(r, 40)} °C before ${noun(r)} assays`,
  (r) =>
    `This ${adj(r)} pattern was not seen in ${adj(r)} ${noun(r)} carriers (Table ${int(r, 4)})`,
  (r) =>
    `Several models of ${noun(r)} have been put forward, including the ${surname(r)} and ${surname(r)} accounts`,
  (r) =>
    `Unlike ${noun(r)}, the ${adj(r)} ${noun(r)} level was ${dec(r)}-fold higher in treated ${noun(r)} cultures`,
  (r) =>
    `Our estimates extend earlier reports on ${noun(r)} and ${noun(r)} in ${adj(r)} cohorts of ${int(r, 900)} adults`,
  (r) =>
    `Mean ${noun(r)} was ${dec(r)} ± ${dec(r)} units in the ${adj(r)} arm and ${dec(r)} ± ${dec(r)} units in controls`,
];

/** Subordinate clauses appended after a comma to some sentences. */
const TAILS: readonly ((r: Random) => string)[] = [
  (r) => `whereas ${adj(r)} ${noun(r)} was unchanged in ${int(r, 60)} cases`,
  (r) => `which suggests that ${noun(r)} mediates the ${adj(r)} ${noun(r)} response`,
  (r) => `although the ${noun(r)} cohort was small and ${adj(r)}`,
  (r) => `in line with the ${adj(r)} ${noun(r)} hypothesis`,
];

/** One synthetic sentence without its final full stop: a main clause and, sometimes, a tail. */
export interface Sentence {
  main: string;
  tail?: string;
}

/** Draws one sentence. */
export function sentence(random: Random): Sentence {
  const main = pick(random, CLAUSES)(random);
  return random.chance(0.4) ? { main, tail: pick(random, TAILS)(random) } : { main };
}

/** A title of `words` invented words and function words, capitalised like a title. */
export function titleWords(random: Random, words: number): string {
  const parts: string[] = [];
  for (let k = 0; k < words; k += 1) {
    parts.push(
      k % 3 === 2
        ? pick(random, ['of', 'in', 'and', 'for', 'with'])
        : k % 2
          ? noun(random)
          : adj(random),
    );
  }
  return capital(parts.join(' '));
}
