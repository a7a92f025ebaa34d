/**
 * Concept tagger benchmark (not a test): `npm run bench:tag [-- --quick]`.
 *  1. Tagging alone: the tagger (src/tagger) over the titles and abstracts of a generated
 *     corpus (the generator writes abstracts that name each paper's concepts by name,
 *     synonym or instrument: src/importers/generate/abstracts.ts), on the main thread, after
 *     a warm-up; the median of several rounds; recall and precision against the ground
 *     truth, for title + abstract and for the abstract alone.
 *  2. With writes: `tag --all` over a bulk-loaded generated store (`--papers`, default
 *     100,000; `--skip-store` to skip), and the stored links against the truth.
 * Appends a section to bench/RESULTS.md (`--print-only` to skip).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { titleConcepts } from '../src/importers/generate/abstracts.js';
import { generateCorpus } from '../src/importers/generate/index.js';
import { INTERVENTIONS, OUTCOMES } from '../src/importers/generate/taxonomy.js';
import { parse } from '../src/importers/parsers/index.js';
import { paperInputs } from '../src/importers/resolve/tags.js';
import { compileTaxonomy, tag, type TagInput } from '../src/tagger/index.js';
import { fmt, intOption, log, median } from './lib/format.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { tagStore } from './tag-store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    texts: { type: 'string' },
    rounds: { type: 'string' },
    papers: { type: 'string' },
    seed: { type: 'string', default: '16' },
    'skip-store': { type: 'boolean', default: false },
    'print-only': { type: 'boolean', default: false },
  },
});
const TEXTS = intOption(args.texts, args.quick ? 5_000 : 20_000);
const ROUNDS = intOption(args.rounds, args.quick ? 3 : 5);
const PAPERS = intOption(args.papers, args.quick ? 10_000 : 100_000);
const SEED = intOption(args.seed, 16);

async function papersOf(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'eg-bench-tag-'));
  try {
    const g = await generateCorpus({ papers: n, seed: SEED, out: dir });
    const papers = [];
    for (const f of g.files.filter((f) => f.startsWith('papers-'))) {
      const r = parse('openalex', readFileSync(join(dir, f), 'utf8'), { file: f });
      papers.push(...r.batch.papers.filter((p) => !p.partial));
    }
    return papers;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One round: wall and CPU seconds, and the links found (so no work is optimised away). */
function round(matcher: ReturnType<typeof compileTaxonomy>, inputs: TagInput[][]) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let links = 0;
  for (const input of inputs) links += tag(matcher, input).length;
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6, links };
}

async function taggingOnly(): Promise<string[]> {
  log(`generating ${fmt(TEXTS)} papers (seed ${SEED}) and parsing them…`);
  const papers = await papersOf(TEXTS);
  const t = performance.now();
  const matcher = compileTaxonomy([...INTERVENTIONS, ...OUTCOMES]);
  const compileMs = performance.now() - t;
  const rows: string[] = [];
  for (const [label, inputsOf] of [
    ['title + abstract', (p: (typeof papers)[number]) => paperInputs(p)],
    [
      'abstract alone',
      (p: (typeof papers)[number]) => [{ field: 'abstract', text: p.abstract ?? '' }],
    ],
  ] as const) {
    const inputs = papers.map((p) => inputsOf(p) as TagInput[]);
    round(matcher, inputs); // warm-up
    const rounds = Array.from({ length: ROUNDS }, () => round(matcher, inputs));
    const wall = median(rounds.map((r) => r.wall));
    const cpu = median(rounds.map((r) => r.cpu));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    papers.forEach((p, i) => {
      const truth = titleConcepts(p.title ?? '')!;
      const want = new Set([truth.intervention, truth.outcome]);
      const got = new Set(tag(matcher, inputs[i]!).map((x) => x.conceptId));
      for (const c of got)
        if (want.has(c)) tp += 1;
        else fp += 1;
      for (const c of want) if (!got.has(c)) fn += 1;
    });
    const chars =
      inputs.reduce((n, x) => n + x.reduce((m, f) => m + f.text.length, 0), 0) / inputs.length;
    rows.push(
      `| tagging alone, ${label} (one core) | ${fmt(papers.length)} papers | ${wall.toFixed(3)} | **${fmt(papers.length / wall)} papers/s** | ${fmt(papers.length / cpu)} per CPU-second; median of ${ROUNDS} rounds after a warm-up; ${fmt(chars)} characters a paper; recall ${(tp / (tp + fn)).toFixed(4)}, precision ${(tp / (tp + fp)).toFixed(4)} against the generator's truth; taxonomy compiled once in ${compileMs.toFixed(1)} ms |`,
    );
  }
  return rows;
}

const machine = machineFacts();
const rows = await taggingOnly();
if (!args['skip-store']) rows.push(...(await tagStore(PAPERS, SEED, log)));
const section = `## Concept tagger throughput — ${new Date().toISOString().slice(0, 10)}

Machine: ${machine}; shared with two other engineers' test runs and benchmarks.
\`npm run bench:tag${args.quick ? ' -- --quick' : ''}\`: generated papers (seed ${SEED}) whose abstracts name their intervention and outcome by name, synonym or instrument, tagged with the generator's taxonomy; the stored-graph run re-tags every paper and statement of a bulk-loaded generated store of ${fmt(PAPERS)} papers.

| measure | texts | seconds | rate | notes |
| --- | ---: | ---: | ---: | --- |
${rows.join('\n')}`;
console.log(section);
if (!args['print-only']) {
  appendResults(join(ROOT, 'bench/RESULTS.md'), section);
  log('appended to bench/RESULTS.md');
}
