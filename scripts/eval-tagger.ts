/**
 * Evaluates the concept tagger (src/tagger) with the seed taxonomy and its synonyms
 * (seed/dataset/taxonomy.ts) against two gold standards, and prints precision and recall
 * per concept kind (docs/tagger.md publishes the figures):
 *
 * (a) the seed's curated links: each seed paper with a title or abstract and at least one
 *     curated STUDIES or MEASURES, tagged from its title and abstract;
 * (b) our hand labels (eval/tagger/labels.jsonl, coded by eval/tagger/GUIDE.md) of papers
 *     of the peer-support abstracts corpus, which the labels point at by DOI or PMID and a
 *     hash of title + abstract; the corpus is read from --corpus, never copied. Reported
 *     per split: the synonyms were tuned on `dev`; `test` was scored once after tuning.
 *
 * Statement level: the same matcher on each abstract sentence that names a concept
 * (abbreviations the abstract defines count); a sentence's link is right when the paper's
 * gold holds the concept (a strict proxy: a sentence naming a concept the paper does not
 * study counts as wrong). Not part of `npm test` (it needs the corpus).
 *
 *   npm run eval:tagger -- --corpus ../shared/corpora/peer-support-abstracts [--errors dev] [--json]
 *
 * --only dev scores one split (tune on dev without seeing test); --errors <split|seed> lists
 * the most frequent wrong and missed concepts; --spans (with --only) prints each wrong link's
 * span (a taxonomy term, never a sentence) and each missed concept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDataset } from '../seed/dataset/index.js';
import { interventions, outcomes } from '../seed/dataset/taxonomy.js';
import { paperInputs } from '../src/importers/resolve/tags.js';
import { abbreviations, compileTaxonomy, tag, type TaggerConcept } from '../src/tagger/index.js';
import { emptyTally, fraction, line, rates, score, top, type Tally } from './eval-tagger/score.js';

interface LabelRow {
  doi?: string;
  pmid?: string;
  sha256: string;
  split: 'dev' | 'test';
  interventions: string[];
  outcomes: string[];
}
interface CorpusPaper {
  doi: string | null;
  pmid: string | null;
  title: string;
  abstract: string;
}

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    labels: { type: 'string', default: 'eval/tagger/labels.jsonl' },
    errors: { type: 'string' },
    only: { type: 'string' },
    spans: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (!values.corpus) {
  console.error(
    'usage: eval-tagger --corpus <peer-support-abstracts dir> [--errors dev|test] [--json]',
  );
  process.exit(2);
}

const taxonomy: TaggerConcept[] = [...interventions, ...outcomes].map((c) => ({
  id: c.id,
  kind: c.kind as 'intervention' | 'outcome',
  name: c.name,
  synonyms: c.synonyms,
  instruments: c.instruments,
}));
const matcher = compileTaxonomy(taxonomy);

/** The tagger's concepts of a title and abstract, by kind. */
function predict(paper: { title?: string | null; abstract?: string | null }) {
  const tags = tag(matcher, paperInputs(paper));
  return {
    interventions: tags.filter((t) => t.kind === 'intervention').map((t) => t.conceptId),
    outcomes: tags.filter((t) => t.kind === 'outcome').map((t) => t.conceptId),
  };
}

type Kinds = { interventions: Tally; outcomes: Tally };
const tallies = (): Kinds => ({ interventions: emptyTally(), outcomes: emptyTally() });

// (a) The seed's curated links.
const seed = tallies();
let seedPapers = 0;
for (const p of seedDataset.papers) {
  const gold = { interventions: p.interventions ?? [], outcomes: p.outcomes ?? [] };
  if (!(p.title || p.abstract) || gold.interventions.length + gold.outcomes.length === 0) continue;
  seedPapers += 1;
  const got = predict(p);
  score(seed.interventions, got.interventions, gold.interventions);
  score(seed.outcomes, got.outcomes, gold.outcomes);
}

// (b) The labelled corpus papers.
const corpus = readFileSync(join(values.corpus, 'papers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CorpusPaper);
const labels = readFileSync(values.labels, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelRow);
const hash = (p: CorpusPaper) =>
  createHash('sha256').update(`${p.title}\n${p.abstract}`).digest('hex').slice(0, 16);

const splits = { dev: tallies(), test: tallies() };
const sentences = { dev: { named: 0, links: 0, right: 0 }, test: { named: 0, links: 0, right: 0 } };
const counts = { dev: 0, test: 0 };
// Sentence ends: a full stop, question or exclamation mark before a capital or an opening bracket.
const SENTENCE = /(?<=[.!?])\s+(?=[A-Z(])/;
for (const label of labels) {
  const paper = corpus.find(
    (p) => (label.doi && p.doi === label.doi) || (label.pmid && p.pmid === label.pmid),
  );
  if (!paper) throw new Error(`label ${label.doi ?? label.pmid}: no such paper in the corpus`);
  if (hash(paper) !== label.sha256)
    throw new Error(`label ${label.doi ?? label.pmid}: the paper's text changed (hash)`);
  if (values.only && values.only !== label.split) continue;
  counts[label.split] += 1;
  const got = predict(paper);
  if (values.spans) {
    const gold = new Set([...label.interventions, ...label.outcomes]);
    for (const t of tag(matcher, paperInputs(paper)))
      if (!gold.has(t.conceptId))
        console.log(
          `FP ${label.doi ?? label.pmid} ${t.conceptId} "${t.evidence.text}" (${t.evidence.field})`,
        );
    const all = new Set(tag(matcher, paperInputs(paper)).map((t) => t.conceptId));
    for (const c of gold) if (!all.has(c)) console.log(`FN ${label.doi ?? label.pmid} ${c}`);
  }
  score(splits[label.split].interventions, got.interventions, label.interventions);
  score(splits[label.split].outcomes, got.outcomes, label.outcomes);
  const gold = new Set([...label.interventions, ...label.outcomes]);
  const known = abbreviations(matcher, [{ field: 'abstract', text: paper.abstract }]);
  for (const text of paper.abstract.split(SENTENCE)) {
    const found = tag(matcher, [{ field: 'sentence', text }], known);
    if (found.length === 0) continue;
    const s = sentences[label.split];
    s.named += 1;
    s.links += found.length;
    s.right += found.filter((t) => gold.has(t.conceptId)).length;
  }
}

const report = {
  seed: {
    papers: seedPapers,
    interventions: rates(seed.interventions),
    outcomes: rates(seed.outcomes),
  },
  corpus: Object.fromEntries(
    (['dev', 'test'] as const).map((k) => [
      k,
      {
        papers: counts[k],
        interventions: rates(splits[k].interventions),
        outcomes: rates(splits[k].outcomes),
        sentences: {
          ...sentences[k],
          precision: sentences[k].links ? sentences[k].right / sentences[k].links : null,
        },
      },
    ]),
  ),
};
if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`tagger on the seed gold (${seedPapers} papers with curated links):`);
  console.log(`  ${line('interventions', seed.interventions)}`);
  console.log(`  ${line('outcomes', seed.outcomes)}`);
  for (const k of ['dev', 'test'] as const) {
    if (values.only && values.only !== k) continue;
    console.log(`tagger on the labelled corpus, ${k} split (${counts[k]} papers):`);
    console.log(`  ${line('interventions', splits[k].interventions)}`);
    console.log(`  ${line('outcomes', splits[k].outcomes)}`);
    const s = sentences[k];
    console.log(
      `  sentences     ${s.named} sentences name a concept; links right ${fraction(s.right, s.links)}`,
    );
  }
}
if (values.errors === 'dev' || values.errors === 'test' || values.errors === 'seed') {
  const t: Kinds = values.errors === 'seed' ? seed : splits[values.errors];
  for (const kind of ['interventions', 'outcomes'] as const) {
    console.log(`${values.errors} ${kind} false positives: ${top(t[kind].falsePositives)}`);
    console.log(`${values.errors} ${kind} false negatives: ${top(t[kind].falseNegatives)}`);
  }
}
