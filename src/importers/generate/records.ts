/**
 * One synthetic paper's lines in each output format: an OpenAlex Work (JSON
 * Lines), statements CSV rows and findings CSV rows. Ids are synthetic: OpenAlex
 * W-ids `W<seed><n as 9 digits>` (distinct across seeds) and DOIs under the
 * 10.5555 test prefix (`10.5555/eg.<seed>.<n>`).
 */
import type { Random } from './prng.js';
import { INTERVENTIONS, OUTCOMES } from './taxonomy.js';
import { abstractOf, invertedIndex } from './abstracts.js';

/**
 * Polarity mix of the seed tally: 2% supporting, 93% mentioning, 1% contrasting,
 * 3% unclassified. Those shares sum to 99% (the tally's own rounding); the
 * weights are relative, so the leftover 1% is spread proportionally (mostly mentioning).
 */
export const POLARITY_WEIGHTS = [
  ['SUPPORTING', 2],
  ['MENTIONING', 93],
  ['CONTRASTING', 1],
  ['UNCLASSIFIED', 3],
] as const;
const SECTIONS = [
  ['INTRODUCTION', 40],
  ['METHODS', 15],
  ['RESULTS', 10],
  ['DISCUSSION', 30],
  ['CONCLUSION', 3],
  ['OTHER', 2],
] as const;
const PURPOSES = [
  ['BACKGROUND', 70],
  ['METHOD', 15],
  ['RESULT', 10],
  ['', 5],
] as const;
/** Share of references that carry a citation statement (10 refs × 0.2 ≈ 2 statements a paper). */
export const STATEMENT_SHARE = 0.2;
/** Share of papers that report an effect-size finding. */
export const FINDING_SHARE = 0.25;
const VENUES = 400;
const TIMEPOINTS = ['post-intervention', '6 months', '12 months'] as const;

/** The synthetic OpenAlex id of paper index `i` in the corpus of `seed`. */
export const workId = (seed: number, i: number) => `W${seed}${String(i + 1).padStart(9, '0')}`;
/** The synthetic DOI of paper index `i` in the corpus of `seed`. */
export const doiOf = (seed: number, i: number) => `10.5555/eg.${seed}.${i + 1}`;

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(items.length)]!;

/** One OpenAlex Work object as a JSON line. */
export function workLine(
  random: Random,
  seed: number,
  i: number,
  year: number,
  refs: number[],
  authorPool: number,
): string {
  const iv = pick(random, INTERVENTIONS);
  const out = pick(random, OUTCOMES);
  const authors = 1 + random.int(4);
  const doiUrl = `https://doi.org/${doiOf(seed, i)}`;
  const id = `https://openalex.org/${workId(seed, i)}`;
  const month = String(1 + random.int(12)).padStart(2, '0');
  const work = {
    id,
    doi: doiUrl,
    title: `Synthetic study ${i + 1}: ${iv.name.toLowerCase()} and ${out.name.toLowerCase()}`,
    // Names the same two concepts by other terms (abstracts.ts): ground truth for the tagger.
    abstract_inverted_index: invertedIndex(abstractOf(i, iv, out)),
    publication_year: year,
    publication_date: `${year}-${month}-01`,
    ids: { openalex: id, doi: doiUrl },
    type: 'article',
    authorships: Array.from({ length: authors }, (_, k) => ({
      author_position: k === 0 ? 'first' : k === authors - 1 ? 'last' : 'middle',
      author: { display_name: `Synthetic Author ${1 + random.int(authorPool)}` },
    })),
    primary_location: { source: { display_name: `Synthetic Journal ${1 + random.int(VENUES)}` } },
    biblio: { volume: String(year - 1980), first_page: String(1 + random.int(300)) },
    referenced_works: refs.map((r) => `https://openalex.org/${workId(seed, r)}`),
  };
  return JSON.stringify(work) + '\n';
}

/** Statements CSV rows (`citing_doi,cited_doi,text,section,polarity,purpose,confidence,about`). */
export function statementLines(random: Random, seed: number, i: number, refs: number[]): string {
  let out = '';
  for (const r of refs) {
    if (!random.chance(STATEMENT_SHARE)) continue;
    const polarity = random.weighted(POLARITY_WEIGHTS);
    const about: string[] = [];
    if (random.chance(0.5)) about.push(pick(random, INTERVENTIONS).id);
    if (random.chance(0.3)) about.push(pick(random, OUTCOMES).id);
    const confidence = polarity === 'UNCLASSIFIED' ? '' : (0.5 + random.next() / 2).toFixed(2);
    const text = `Synthetic statement ${i + 1}>${r + 1}: findings of the cited study are discussed here.`;
    const row = [
      doiOf(seed, i),
      doiOf(seed, r),
      text,
      random.weighted(SECTIONS),
      polarity,
      random.weighted(PURPOSES),
      confidence,
      about.join(';'),
    ];
    out += row.join(',') + '\n';
  }
  return out;
}

/** Findings CSV rows for paper `i` (about one paper in four reports one finding). */
export function findingLines(random: Random, seed: number, i: number): string {
  if (!random.chance(FINDING_SHARE)) return '';
  const iv = pick(random, INTERVENTIONS).id;
  const out = pick(random, OUTCOMES).id;
  const ratio = random.chance(0.3);
  const se = 0.05 + random.next() * 0.35;
  const effect = (random.next() - 0.4) * 0.8;
  const estimate = ratio ? Math.exp(effect) : effect;
  const n = 20 + random.int(480);
  const cells = [
    doiOf(seed, i),
    iv,
    out,
    ratio ? 'RR' : 'SMD',
    estimate.toFixed(3),
    se.toFixed(3),
    '',
    '',
    '',
    String(n),
    pick(random, TIMEPOINTS),
    ...Array<string>(10).fill(''),
  ];
  return cells.join(',') + '\n';
}
