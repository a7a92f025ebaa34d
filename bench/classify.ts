/**
 * Statement classifier benchmark (not a test): `npm run bench:classify [-- --quick]`.
 *  1. Classification alone: `classify()` (purpose model and polarity rules together)
 *     over the statements the full-text parser extracts from generated JATS articles
 *     (src/importers/generate/jats.ts), on the main thread (one core), after a warm-up;
 *     the median of several rounds by wall time, plus the rate per CPU-second (steadier
 *     on a shared machine). Issue 15's goal: at least 5,000 statements/s on one core.
 *  2. Re-classification of a stored graph: `classify --all` (src/services/classify.ts)
 *     over a bulk-loaded generated store (bench/lib/store.ts, cached per size), on a
 *     private copy, in its own JVM (`--papers`, default 100,000; `--skip-store` to skip).
 * Appends a section to bench/RESULTS.md (`--print-only` to skip).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classify } from '../src/classifier/index.js';
import type { ClassifierInput } from '../src/classifier/index.js';
import { jatsArticle } from '../src/importers/generate/index.js';
import { parse } from '../src/importers/parsers/index.js';
import { fmt, intOption, log, median } from './lib/format.js';
import { appendResults, machineFacts } from './lib/machine.js';
import { reclassifyStore } from './classify-store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    articles: { type: 'string' },
    rounds: { type: 'string' },
    papers: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'skip-store': { type: 'boolean', default: false },
    'print-only': { type: 'boolean', default: false },
  },
});
const int = intOption;
const ARTICLES = int(args.articles, args.quick ? 30 : 100);
const ROUNDS = int(args.rounds, args.quick ? 3 : 5);
const PAPERS = int(args.papers, args.quick ? 10_000 : 100_000);
const SEED = int(args.seed, 1);

/** One round over every input: wall seconds, CPU seconds, and a checksum so no work is optimised away. */
function round(inputs: ClassifierInput[]) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let fired = 0;
  for (const input of inputs) {
    const c = classify(input);
    if (c.polarity.rule !== null) fired += 1;
    if (c.purpose.confidence > 1) throw new Error('confidence out of range');
  }
  const used = process.cpuUsage(cpu);
  return {
    wall: (performance.now() - t) / 1000,
    cpu: (used.user + used.system) / 1e6,
    fired,
  };
}

function classificationOnly(): string {
  log(`extracting statements from ${ARTICLES} generated articles (seed ${SEED})…`);
  const inputs: ClassifierInput[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const r = parse('jats', jatsArticle(SEED, i).xml, { file: `article-${i + 1}.nxml` });
    for (const s of r.batch.statements) inputs.push({ text: s.text, section: s.section });
  }
  round(inputs); // warm-up: JIT, and the purpose weights loaded once
  const rounds = Array.from({ length: ROUNDS }, () => round(inputs));
  const wall = median(rounds.map((r) => r.wall));
  const cpu = median(rounds.map((r) => r.cpu));
  const chars = inputs.reduce((n, s) => n + s.text.length, 0) / inputs.length;
  return `| classification alone (\`classify()\`, both labels, one core) | ${fmt(inputs.length)} | ${wall.toFixed(3)} | **${fmt(inputs.length / wall)}** | ${fmt(inputs.length / cpu)} per CPU-second; median of ${ROUNDS} rounds after a warm-up; mean sentence ${fmt(chars)} characters; a polarity rule fired on ${rounds[0]!.fired} |`;
}

const machine = machineFacts();
const rows = [classificationOnly()];
if (!args['skip-store']) rows.push(await reclassifyStore(PAPERS, SEED, log));
const section = `## Statement classifier throughput — ${new Date().toISOString().slice(0, 10)}

Machine: ${machine}.
\`npm run bench:classify${args.quick ? ' -- --quick' : ''}\`: statements from ${ARTICLES} generated JATS articles (seed ${SEED}) through \`classify()\` (purpose model and polarity rules); the stored-graph run classifies every statement of a bulk-loaded generated store of ${fmt(PAPERS)} papers.

| measure | statements | seconds | statements/s | notes |
| --- | ---: | ---: | ---: | --- |
${rows.join('\n')}`;
console.log(section);
if (!args['print-only']) {
  appendResults(join(ROOT, 'bench/RESULTS.md'), section);
  log('appended to bench/RESULTS.md');
}
